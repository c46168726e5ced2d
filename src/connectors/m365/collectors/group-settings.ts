import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const setting = z.object({ displayName: z.string().nullish(), templateId: z.string().nullish(), values: z.array(z.object({ name: z.string(), value: z.string().nullish() })).default([]) });

export default defineCollector({
  section: 'groupSettings',
  spec: { endpoints: ['GET /v1.0/groupSettings'], permissions: ['Directory.Read.All'] },
  async collect({ graph }) {
    const settings = parseAnswer(z.array(setting), await graph.list('/groupSettings'), 'groupSettings');
    const unified = settings.find((s) => s.displayName === 'Group.Unified');
    const value = unified?.values.find((v) => v.name === 'EnableMIPLabels')?.value;
    return { enableMipLabels: value == null ? null : value.toLowerCase() === 'true' };
  },
});
