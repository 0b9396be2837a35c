/** The two answers the server makes up itself: the runtime configuration and its health. */
import type { FastifyInstance } from 'fastify';

export function registerAppRoutes(app: FastifyInstance, runtimeConfigJson: string): void {
  // Wins over a config.json in the build: one build runs against any tenant and API.
  app.get('/config.json', (_request, reply) =>
    reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(runtimeConfigJson),
  );

  // For a container platform or load balancer: no auth, no upstream call. While the server drains
  // (after SIGTERM), Fastify answers every new request, this one too, with 503.
  app.get('/healthz', (_request, reply) =>
    reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send('{"status":"ok"}'),
  );
}
