/**
 * The browser's on-device Summarizer, measured where a browser here has it: a headless Chromium opens a blank
 * page on 127.0.0.1 (a secure context) and asks for the model. Where the API is missing or the model is not on
 * the device, the benchmark says so in one line and measures nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../tests/harness/chromium-path';
import type { DevStory } from './summary-dev-sets';

export type OnDeviceOutcome = { status: 'measured'; points: Map<DevStory, string[]> } | { status: 'skipped'; reason: string };

export async function onDeviceSummaries(stories: readonly DevStory[]): Promise<OnDeviceOutcome> {
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch {
    return { status: 'skipped', reason: 'no Chromium on this machine' };
  }
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const version = browser.version();
    const availability = await page.evaluate(async () => {
      const api = (globalThis as { Summarizer?: { availability(options?: object): Promise<string> } }).Summarizer;
      return api ? api.availability({ type: 'key-points', format: 'plain-text', length: 'short' }) : 'no Summarizer API';
    });
    if (availability !== 'available') return { status: 'skipped', reason: `Chromium ${version} here: ${availability}` };
    const points = new Map<DevStory, string[]>();
    for (const story of stories) {
      const output = await page.evaluate(
        async ({ text, lang }) => {
          const api = (globalThis as { Summarizer?: { create(options: object): Promise<{ summarize(text: string): Promise<string> }> } }).Summarizer!;
          const session = await api.create({ type: 'key-points', format: 'plain-text', length: 'short', expectedInputLanguages: [lang], outputLanguage: lang });
          return session.summarize(text);
        },
        { text: story.text, lang: story.lang },
      );
      points.set(story, output.split('\n').map((line) => line.replace(/^\s*[-*•]\s*/u, '').trim()).filter(Boolean));
    }
    return { status: 'measured', points };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
