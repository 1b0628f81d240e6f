// A bound on every call the bot makes to a channel's service (replies,
// updates, deletions): a serviceUrl that accepts the connection and never
// answers would otherwise hold the turn, its request and the apology sent
// down the same path for minutes. Past the bound the call fails (AbortError),
// retries included, and the turn's error handling answers the request.
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/** The slice of @azure/core-rest-pipeline this needs (not a direct dependency). */
interface PipelineRequest {
  abortSignal?: AbortSignal;
}
interface PipelinePolicy {
  name: string;
  sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown>;
}
interface WithPipeline {
  client?: { pipeline?: { addPolicy(policy: PipelinePolicy): void } };
}

export class TimedConnectorFactory extends ConnectorFactory {
  constructor(private readonly inner: ConnectorFactory, private readonly timeoutMs: number) {
    super();
  }

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const connector = await this.inner.create(serviceUrl, audience);
    // ConnectorClient keeps its core-client ServiceClient in `client`; botbuilder offers no option for a timeout.
    const pipeline = (connector as unknown as WithPipeline).client?.pipeline;
    if (!pipeline) throw new Error('botframework-connector changed: its ConnectorClient has no pipeline to bound outbound calls with.');
    const timeoutMs = this.timeoutMs;
    pipeline.addPolicy({
      name: 'channelTimeout',
      // Before the retry policy: one deadline for the call and its retries together.
      sendRequest(request, next) {
        const deadline = AbortSignal.timeout(timeoutMs);
        request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, deadline]) : deadline;
        return next(request);
      },
    });
    return connector;
  }
}
