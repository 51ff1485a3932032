/**
 * How the ingestion queue hands events to the ingestion function, shared by the ingestion stack and the
 * local stack: up to `size` events, gathered for at most `windowSeconds`. A larger batch announces more of
 * one patient's changes at once (one `Patient Facts Changed` per patient per batch); the window bounds the
 * delay it adds.
 */
export const INGESTION_BATCH = { size: 100, windowSeconds: 2 } as const;
