// The baseline of the HTTP benchmark: a bare echo bot on the same stack as the
// real one (restify 11, the same body reader and limit, the same content-type
// check and JSON.parse, CloudAdapter, an ActivityHandler), without the real
// bot's activity validation, middleware, state, search or rendering.
import restify, { type Request, type Response } from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';

const port = Number(process.env.PORT ?? 3979);
const maxBodySize = Number(process.env.MAX_BODY_BYTES ?? 262144);

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
const bot = new EchoBot();
const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyReader({ maxBodySize }));
server.get('/healthz', async (_req: Request, res: Response) => {
  res.json({ status: 'ok' });
});
server.get('/readyz', async (_req: Request, res: Response) => {
  res.json({ status: 'ready' });
});
server.post('/api/messages', async (req: Request, res: Response) => {
  if (!/^application\/json\s*(;|$)/i.test(req.header('content-type') ?? '')) {
    res.status(415);
    return res.json({ code: 'UnsupportedMediaType', message: 'Send the activity as application/json.' });
  }
  const raw: unknown = req.body;
  try {
    req.body = JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : typeof raw === 'string' ? raw : '');
  } catch {
    res.status(400);
    return res.json({ code: 'InvalidJson', message: 'The body is not valid JSON.' });
  }
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
