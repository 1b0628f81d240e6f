// A minimal Direct Line 3.0 client over fetch, for HTTP tests of the token
// endpoint and the local Direct Line endpoint (the browser tests use Web Chat's own).

export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
}

export async function call(url: string, init: { method?: string; token?: string | null; body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResult> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: the test sees the text.
  }
  return { status: response.status, headers: response.headers, body };
}

export interface Session {
  conversationId: string;
  token: string;
  userId: string;
}

/** What the page does first: POST /api/directline/token. */
export async function startSession(baseUrl: string): Promise<Session> {
  const result = await call(`${baseUrl}/api/directline/token`, { method: 'POST' });
  if (result.status !== 200) throw new Error(`token endpoint answered ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body as Session;
}

export function activitiesUrl(baseUrl: string, conversationId: string, watermark?: string): string {
  const url = `${baseUrl}/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities`;
  return watermark === undefined ? url : `${url}?watermark=${encodeURIComponent(watermark)}`;
}
