// Generates help-centre corpora of any size that follow the content schema,
// from a support vocabulary (services, devices, account words, actions), with
// a seeded random generator so every run measures the same text.

const services = ['My Account', 'AutoPay', 'Email', 'Norton Antivirus', 'Prism TV', 'Verizon Wireless', 'DIRECTV', 'MSN Dial-up', 'Repair Ticket', 'Voice Mail', 'Long Distance', 'Update Center', 'Fiber Internet', 'DSL Internet', 'Home Phone', 'WiFi Gateway', 'Modem', 'Router', 'Streaming', 'Paperless Billing', 'Caller ID', 'Call Forwarding', 'Security Suite', 'Online Backup', 'Mobile App'];
const nouns = ['password', 'username', 'account', 'bill', 'payment', 'invoice', 'router', 'modem', 'gateway', 'network', 'signal', 'outage', 'technician', 'appointment', 'installation', 'order', 'plan', 'upgrade', 'contract', 'voicemail', 'mailbox', 'greeting', 'pin', 'security code', 'email address', 'inbox', 'spam filter', 'attachment', 'antivirus', 'license', 'download', 'channel', 'recording', 'DVR', 'remote', 'receiver', 'satellite', 'dish', 'line', 'dial tone', 'long distance', 'calling feature', 'caller ID', 'speed test', 'connection', 'ethernet', 'wireless', 'password reset', 'verification code', 'two-step verification', 'profile', 'autopay enrollment', 'credit card', 'bank account', 'due date', 'late fee', 'refund', 'credit', 'statement', 'billing address', 'service address', 'ZIP code', 'account number', 'PIN', 'secret question', 'phone number'];
const verbs = ['reset', 'change', 'update', 'recover', 'find', 'set up', 'cancel', 'schedule', 'check', 'restart', 'activate', 'download', 'install', 'verify', 'unlock', 'manage', 'pay', 'view', 'transfer', 'report', 'troubleshoot', 'replace', 'return', 'enroll in', 'sign in to', 'log in to'];
const fillers = ['If you', 'To', 'You can', 'When you', 'Before you', 'After you', 'Most customers', 'Our agents can', 'The system will', 'You may need to', 'Remember to', 'Try to'];
const tails = ['from any device.', 'in a few minutes.', 'online at any time.', 'by calling us.', 'before your due date.', 'with your account number.', 'on the day of your appointment.', 'from the line that has the feature.', 'with your billing ZIP code.', 'after you sign in.', 'in My Account.', 'without a technician.'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A corpus of `size` topics, valid against the content schema. */
export function generateCorpus(size, seed = 42) {
  const rnd = random(seed + size);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sentence = () => `${pick(fillers)} ${pick(verbs)} your ${pick(nouns)} ${pick(tails)}`;
  const topics = [];
  for (let i = 0; i < size; i++) {
    const service = pick(services);
    const noun = pick(nouns);
    const verb = pick(verbs);
    const title = `${verb[0].toUpperCase()}${verb.slice(1)} your ${service} ${noun}`;
    const blocks = [];
    const paragraphs = 2 + Math.floor(rnd() * 4);
    for (let p = 0; p < paragraphs; p++) blocks.push({ type: 'paragraph', content: [sentence() + ' ' + sentence() + ' ' + sentence()] });
    blocks.push({ type: 'steps', items: [[sentence()], [sentence()], [sentence()]] });
    if (rnd() < 0.3) blocks.push({ type: 'tip', content: [sentence(), { type: 'phone', number: '8008602255' }] });
    topics.push({
      id: `topic-${i}`,
      title,
      summary: `${sentence()}`,
      keywords: [noun, service.toLowerCase(), pick(nouns), pick(verbs)],
      blocks,
      related: i > 0 ? [`topic-${i - 1}`] : [],
    });
  }
  return {
    schemaVersion: 1,
    lang: 'en',
    title: 'Help centre',
    intro: 'Search thousands of answers.',
    destinations: { contact: 'https://www.centurylink.com/home/help/contact.html' },
    contact: { title: 'Still need help?', actions: [{ type: 'chat', text: 'Chat with us' }] },
    topics,
  };
}

/** What customers type, keystroke by keystroke, typos included. */
export const typingSequences = ['reset my voicemial pasword', 'directv login', 'router pasword reset', 'autopay bill', 'techician apointment', 'security code'];
