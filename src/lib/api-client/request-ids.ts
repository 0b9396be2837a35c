/** The ids support asks for, sent on every request and echoed by the service. */
export interface RequestIds {
  requestId: string;
  correlationId: string;
}

/** The service's ids when its response carries them, else the ones the client sent. */
export function responseIds(response: Response, sent: RequestIds): RequestIds {
  return {
    requestId: response.headers.get('MS-RequestId') || sent.requestId,
    correlationId: response.headers.get('MS-CorrelationId') || sent.correlationId,
  };
}
