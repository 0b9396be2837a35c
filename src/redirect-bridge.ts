import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

// MSAL v5's silent and popup flows land here and hand the identity provider's answer to the app.
void broadcastResponseToMainFrame();
