// A report line's note, shortened to what no other column says.

// The plugin describes the usage behind a line as "Application / Category: 12; ...": the Service,
// Category and Wanted columns already say that, so the short note leaves it out.
const USAGE_PART = /^.+: \d+$/;

function isUsage(message) {
  return message === 'No usage.' || message.split('; ').every((part) => USAGE_PART.test(part));
}

const LIMIT = 60;

/** The note shown in the table: empty for a usage description, else its first sentence, cut at 60 characters. */
export function shortNote(message) {
  if (!message || isUsage(message)) return '';
  const end = message.indexOf('. ');
  const first = end >= 0 ? message.slice(0, end + 1) : message;
  return first.length > LIMIT ? first.slice(0, LIMIT - 1).trimEnd() + '…' : first;
}
