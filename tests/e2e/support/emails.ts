interface CapturedEmail {
  to: string[];
  subject: string;
  text: string;
}

/** Waits for the local cloud to capture an email to `address` (`GET /_local/emails`). */
export async function waitForEmail(api: string, address: string, timeoutMs = 15_000): Promise<CapturedEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${api}/_local/emails`);
    const { items } = (await response.json()) as { items: CapturedEmail[] };
    const found = items.find((email) => email.to.includes(address));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No email to ${address} within ${timeoutMs} ms`);
}
