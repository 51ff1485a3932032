/** The EventBridge envelope fields every published event schema describes beside its `detail-type` and `detail`. */
export const eventEnvelopeProperties = {
  version: { type: 'string' },
  id: { type: 'string' },
  source: { type: 'string' },
  account: { type: 'string' },
  time: { type: 'string', format: 'date-time' },
  region: { type: 'string' },
  resources: { type: 'array', items: { type: 'string' } },
} as const;
