import { z } from 'zod';
import { defineCollector, parseAnswer } from '../collector.js';

const label = z.object({
  id: z.string(),
  name: z.string().nullish(),
  displayName: z.string().nullish(),
  isActive: z.boolean().nullish(),
  contentFormats: z.array(z.string()).nullish(),
  applicableTo: z.union([z.string(), z.array(z.string())]).nullish(),
  parent: z.object({ id: z.string() }).nullish(),
});

/** The beta API lists formats in contentFormats; newer shapes use applicableTo (a flags string). */
function formats(l: z.infer<typeof label>): string[] {
  const raw = l.contentFormats ?? l.applicableTo ?? [];
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((f) => f.trim()).filter(Boolean);
}

export default defineCollector({
  section: 'sensitivityLabels',
  spec: { endpoints: ['GET /beta/security/informationProtection/sensitivityLabels'], permissions: ['InformationProtectionPolicy.Read.All'], licence: 'Microsoft Purview Information Protection' },
  async collect({ graph }) {
    const rows = parseAnswer(z.array(label), await graph.list('/security/informationProtection/sensitivityLabels', 'beta'), 'sensitivityLabels');
    return rows.map((l) => ({ id: l.id, name: l.name ?? l.displayName ?? l.id, isActive: l.isActive ?? true, applicableTo: formats(l), parentId: l.parent?.id ?? null }));
  },
});
