/**
 * Whether subscriptions (as latin1 strings) cover every message starting with `topic`: one of
 * them is a prefix of it, or, for the book's 0/1 points, both one-bit extensions are covered
 * (judges sharing the points subscribe to longer prefixes). Only prefixes some subscription
 * extends are expanded, so the cost follows the subscriptions, not the depth.
 */
export function _isCovered(
  topic: string,
  subscriptions: ReadonlySet<string>,
  binary: boolean,
): boolean {
  let deeper = false;
  for (const subscription of subscriptions) {
    if (topic.startsWith(subscription)) return true;
    if (subscription.startsWith(topic)) deeper = true;
  }
  if (!binary || !deeper) return false;
  return (
    _isCovered(`${topic}0`, subscriptions, binary) && _isCovered(`${topic}1`, subscriptions, binary)
  );
}

/** The topics bitsource needs subscribed before it publishes: both paths, every judge's share. */
export function _requiredTopics(batched: boolean): string[] {
  if (!batched) return ["00", "01", "10", "11"];
  const topics = ["b0"];
  for (let shard = 0; shard < 256; shard++) topics.push(`b1${String.fromCharCode(shard)}`);
  return topics;
}
