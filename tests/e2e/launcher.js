#!/usr/bin/env node
/*
 * Launcher for the `telegram-test-api` Bot API emulator (pinned 4.2.1) used by the
 * interview-bot end-to-end tests.
 *
 * The stock emulator keeps the storage (user updates, bot messages, counters) and its
 * client routes (/sendMessage, /sendCommand, /sendCallback, /getUpdates, /getUpdatesHistory).
 * This launcher puts a small HTTP front in front of it that:
 *   - answers the Bot API (/bot<token>/<method>) the way Telegram does, so that an unmodified
 *     python-telegram-bot works against it (see README_FIXES below),
 *   - offers test-only control routes under /_test/ (inject updates, inject faults, read what the
 *     bot sent, read recorded calls, reset).
 *
 * Usage: node launcher.js --port PORT [--state FILE]
 *        (or env TG_EMULATOR_PORT / TG_EMULATOR_STATE). Listens on 127.0.0.1 only.
 *
 * README_FIXES (stock behaviour -> what this launcher does):
 *   getMe without is_bot                   -> full User with is_bot=true (id = token prefix)
 *   sendMessage date in ms, no `from`      -> date in seconds, from = the bot, real chat object
 *   editMessage* answer result:null        -> the edited Message (or true for inline messages);
 *                                             omitted reply_markup removes the keyboard
 *   callback_query without chat_instance   -> chat_instance + the bot's message the button is on
 *   user messages without date             -> date filled in (seconds)
 *   {ok:false} with HTTP 200               -> Telegram status codes (400/403/404/409/429...)
 *   unknown methods answer HTTP 500        -> ok:true with a sensible result, recorded
 *   getUpdates without long polling/offset -> long polling honouring timeout, offset, limit
 *   missing botToken / command entities    -> HTTP 400 instead of a crashed process
 *   bodies: JSON, urlencoded, multipart    -> all parsed; JSON-valued fields decoded
 */
'use strict';

const http = require('http');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const TelegramServer = require('telegram-test-api');

const HOST = '127.0.0.1';
const EMULATOR_VERSION = require('telegram-test-api/package.json').version;

// ---------------------------------------------------------------------------------------------
// arguments
function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
      else out[a.slice(2)] = argv[++i];
    }
  }
  return out;
}
const ARGS = parseArgs(process.argv.slice(2));
const PORT = Number(ARGS.port || process.env.TG_EMULATOR_PORT);
const STATE_FILE = ARGS.state || process.env.TG_EMULATOR_STATE || '';
const VERBOSE = Boolean(ARGS.verbose || process.env.TG_EMULATOR_VERBOSE);
if (!Number.isInteger(PORT) || PORT <= 0 || PORT > 65535) {
  process.stderr.write('launcher: give a port with --port N or TG_EMULATOR_PORT (1..65535)\n');
  process.exit(2);
}

function log(...args) {
  process.stdout.write(`[emulator ${new Date().toISOString()}] ${args.join(' ')}\n`);
}
process.on('uncaughtException', (err) => log('uncaught exception:', err && err.stack));
process.on('unhandledRejection', (err) => log('unhandled rejection:', err && err.stack));

// ---------------------------------------------------------------------------------------------
// the stock emulator: storage and counters. We never call tg.start(): our own server fronts it
// and hands the stock client routes to tg.webServer (its express app).
const tg = new TelegramServer({ port: PORT, host: HOST, storeTimeout: 7 * 24 * 3600 });

class ApiError extends Error {
  constructor(code, description, parameters) {
    super(description);
    this.code = code;
    this.description = description;
    this.parameters = parameters;
  }
}
const badRequest = (what) => new ApiError(400, `Bad Request: ${what}`);
const QUERY_INVALID = 'query is too old and response timeout expired or query ID is invalid';

// ---------------------------------------------------------------------------------------------
// state (besides tg.storage)
let seq = 0; // bumps on every bot-side change and recorded call; test routes wait on it
const listeners = new Set();
function bump() {
  seq += 1;
  for (const fn of [...listeners]) fn();
  return seq;
}

const bots = new Map(); // token -> bot state
const chats = new Map(); // String(chat id) -> Chat
const users = new Map(); // String(user id) -> User
const records = new Map(); // `${token}|${chat}|${message_id}` -> bot message record
const chatRecords = new Map(); // `${token}|${chat}` -> [records]
const callbacks = new Map(); // callback query id -> {token, answered, answer}
const inlineQueries = new Map(); // inline query id -> {token, answered, answer}
const files = new Map(); // file_id -> {data(base64), file_name, mime_type, size, path}
let calls = []; // recorded Bot API calls
let faults = [];
let faultId = 0;
let callCount = 0;

function botState(token) {
  let b = bots.get(token);
  if (!b) {
    const m = /^(\d+):/.exec(token);
    b = {
      token,
      // defaults follow the stock getMe (username TestNameBot, id 666) when the token has no id
      me: {
        id: m ? Number(m[1]) : 666,
        is_bot: true,
        first_name: 'Test First name',
        username: 'TestNameBot',
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: true,
        can_connect_to_business: false,
        has_main_web_app: false,
      },
      commands: {}, // key(scope, language_code) -> [BotCommand]
      webhook: null,
      allowedUpdates: null,
      delivered: [], // update ids handed out by getUpdates or webhook
      profile: {}, // descriptions, names, menu buttons, default rights
    };
    bots.set(token, b);
  }
  return b;
}
const pollers = new Map(); // token -> Set of wake functions

function botUser(b) {
  const { id, is_bot: isBot, first_name: firstName, username } = b.me;
  return { id, is_bot: isBot, first_name: firstName, username };
}

function nowSec() {
  return Math.floor(Date.now() / 1000);
}

function rememberChat(chat) {
  if (!chat || chat.id === undefined || chat.id === null) return;
  const key = String(chat.id);
  chats.set(key, { ...(chats.get(key) || {}), ...chat, id: Number(chat.id) });
}
function rememberUser(user) {
  if (!user || user.id === undefined) return;
  users.set(String(user.id), { is_bot: false, ...user, id: Number(user.id) });
}

function resolveChat(chatId) {
  if (chatId === undefined || chatId === null || chatId === '') throw badRequest('chat_id is empty');
  const s = String(chatId).trim();
  if (s.startsWith('@')) {
    for (const c of chats.values()) if (c.username && `@${c.username}` === s) return c;
    throw badRequest('chat not found');
  }
  if (!/^-?\d+$/.test(s)) throw badRequest('chat not found');
  const known = chats.get(String(Number(s)));
  if (known) return known;
  const id = Number(s);
  // unknown chats are synthesized: positive ids are private chats, negative ones groups
  const chat = id > 0
    ? { id, type: 'private', first_name: `User${id}` }
    : { id, type: id < -1000000000000 ? 'supergroup' : 'group', title: `Group ${id}` };
  rememberChat(chat);
  return chat;
}

// ---------------------------------------------------------------------------------------------
// request parsing
const JSON_FIELDS = new Set([
  'reply_markup', 'entities', 'caption_entities', 'results', 'commands', 'scope',
  'allowed_updates', 'link_preview_options', 'reply_parameters', 'media', 'button',
  'options', 'message_ids', 'explanation_entities', 'question_entities', 'menu_button',
  'rights', 'permissions', 'reaction', 'text_entities', 'prices', 'input_message_content',
  'update', 'from', 'chat', 'message',
]);

function decodeFields(obj) {
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string' && JSON_FIELDS.has(k)) {
      const t = v.trim();
      if (t.startsWith('{') || t.startsWith('[')) {
        try {
          obj[k] = JSON.parse(t);
        } catch (e) {
          throw badRequest(`can't parse ${k} JSON object`);
        }
      }
    }
  }
  return obj;
}

function readBody(req, limit = 60 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new ApiError(413, 'Request Entity Too Large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseMultipart(buf, boundary) {
  const fields = {};
  const fileParts = {};
  const delim = Buffer.from(`--${boundary}`);
  let pos = buf.indexOf(delim);
  while (pos >= 0) {
    let start = pos + delim.length;
    if (buf.slice(start, start + 2).toString() === '--') break; // closing delimiter
    if (buf.slice(start, start + 2).toString() === '\r\n') start += 2;
    const next = buf.indexOf(delim, start);
    if (next < 0) break;
    let part = buf.slice(start, next);
    if (part.slice(-2).toString() === '\r\n') part = part.slice(0, -2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.slice(0, headerEnd).toString('utf8');
      const body = part.slice(headerEnd + 4);
      const nameM = /name="([^"]*)"/i.exec(headers);
      const fileM = /filename="([^"]*)"/i.exec(headers);
      const typeM = /content-type:\s*([^\r\n]+)/i.exec(headers);
      if (nameM) {
        if (fileM) {
          fileParts[nameM[1]] = {
            file_name: fileM[1],
            mime_type: typeM ? typeM[1].trim() : 'application/octet-stream',
            data: body,
          };
        } else {
          fields[nameM[1]] = body.toString('utf8');
        }
      }
    }
    pos = next;
  }
  return { fields, files: fileParts };
}

function parseParams(req, buf, url) {
  const params = {};
  for (const [k, v] of url.searchParams) params[k] = v;
  let uploads = {};
  const ct = String(req.headers['content-type'] || '').toLowerCase();
  if (buf.length) {
    if (ct.includes('application/json')) {
      let body;
      try {
        body = JSON.parse(buf.toString('utf8'));
      } catch (e) {
        throw badRequest("can't parse JSON request body");
      }
      if (body && typeof body === 'object' && !Array.isArray(body)) Object.assign(params, body);
    } else if (ct.includes('multipart/form-data')) {
      const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type']);
      if (!m) throw badRequest('multipart body without boundary');
      const parsed = parseMultipart(buf, (m[1] || m[2]).trim());
      Object.assign(params, parsed.fields);
      uploads = parsed.files;
    } else {
      // application/x-www-form-urlencoded (what python-telegram-bot sends) and anything else
      for (const [k, v] of new URLSearchParams(buf.toString('utf8'))) params[k] = v;
    }
  }
  return { params: decodeFields(params), uploads };
}

const int = (v, dflt) => {
  if (v === undefined || v === null || v === '') return dflt;
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : dflt;
};
const bool = (v) => v === true || v === 'true' || v === '1' || v === 1;

// ---------------------------------------------------------------------------------------------
// text: HTML parse mode, UTF-16 lengths (JS strings are UTF-16 already)
const HTML_TAGS = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline',
  s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', 'tg-spoiler': 'spoiler',
  span: 'spoiler', a: 'text_link', code: 'code', pre: 'pre', blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};
const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"' };

function byteOffset(src, i) {
  return Buffer.byteLength(src.slice(0, i), 'utf8');
}
function decodeEntity(src, i) {
  const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/.exec(src.slice(i, i + 12));
  if (!m) return null;
  const name = m[1];
  let ch = null;
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (code > 0 && code <= 0x10ffff) ch = String.fromCodePoint(code);
  } else if (NAMED_ENTITIES[name.toLowerCase()] !== undefined) {
    ch = NAMED_ENTITIES[name.toLowerCase()];
  }
  return ch === null ? null : { ch, len: m[0].length };
}
function decodeHtmlText(s) {
  let out = '';
  for (let i = 0; i < s.length;) {
    const d = s[i] === '&' ? decodeEntity(s, i) : null;
    if (d) {
      out += d.ch;
      i += d.len;
    } else {
      out += s[i];
      i += 1;
    }
  }
  return out;
}

function parseHtml(src) {
  const fail = (what) => badRequest(`can't parse entities: ${what}`);
  let out = '';
  const entities = [];
  const stack = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '<') {
      if (!/[a-zA-Z/]/.test(src[i + 1] || '')) throw fail(`Unsupported start tag "" at byte offset ${byteOffset(src, i)}`);
      const end = src.indexOf('>', i);
      if (end < 0) throw fail(`Unclosed start tag at byte offset ${byteOffset(src, i)}`);
      const inner = src.slice(i + 1, end);
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim().toLowerCase();
        const top = stack.pop();
        if (!top) throw fail(`Unexpected end tag at byte offset ${byteOffset(src, i)}`);
        if (top.name !== name) {
          throw fail(`Unmatched end tag at byte offset ${byteOffset(src, i)}, expected "</${top.name}>", found "</${name}>"`);
        }
        const length = out.length - top.offset;
        if (top.type && length > 0) entities.push({ type: top.type, offset: top.offset, length, ...top.extra });
      } else {
        const m = /^([a-zA-Z][a-zA-Z0-9-]*)([\s\S]*)$/.exec(inner);
        const name = m ? m[1].toLowerCase() : inner;
        if (!m || !(name in HTML_TAGS)) {
          throw fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(src, i)}`);
        }
        const attrs = {};
        const re = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g;
        let a;
        while ((a = re.exec(m[2])) !== null) attrs[a[1].toLowerCase()] = decodeHtmlText(a[2] ?? a[3] ?? a[4]);
        let type = HTML_TAGS[name];
        const extra = {};
        if (name === 'span' && attrs.class !== 'tg-spoiler') {
          throw fail(`Unsupported start tag "span" at byte offset ${byteOffset(src, i)}`);
        }
        if (name === 'a') {
          if (attrs.href) extra.url = attrs.href;
          else type = null;
        }
        if (name === 'blockquote' && 'expandable' in attrs) type = 'expandable_blockquote';
        if (name === 'blockquote' && /\sexpandable(\s|$)/.test(` ${m[2]} `)) type = 'expandable_blockquote';
        if (name === 'tg-emoji') extra.custom_emoji_id = attrs['emoji-id'] || '';
        const parentPre = stack.length && stack[stack.length - 1].name === 'pre' ? stack[stack.length - 1] : null;
        if (name === 'code' && parentPre) {
          const lang = /^language-(.+)$/.exec(attrs.class || '');
          if (lang) parentPre.extra.language = lang[1];
          type = null; // <pre><code class="language-x"> is one pre entity
        }
        stack.push({ name, type, offset: out.length, extra });
      }
      i = end + 1;
    } else if (c === '&') {
      const d = decodeEntity(src, i);
      if (d) {
        out += d.ch;
        i += d.len;
      } else {
        out += c;
        i += 1;
      }
    } else {
      out += c;
      i += 1;
    }
  }
  if (stack.length) throw fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1].name}"`);
  entities.sort((x, y) => x.offset - y.offset || y.length - x.length);
  return { text: out, entities };
}

// MarkdownV2, following the rules of the Bot API documentation ("Formatting options")
const MDV2_RESERVED = '_*[]()~`>#+-=|{}.!';
const MD_TYPE_NAMES = {
  bold: 'Bold', italic: 'Italic', underline: 'Underline', strikethrough: 'Strikethrough',
  spoiler: 'Spoiler', text_link: 'TextUrl', code: 'Code', pre: 'Pre', custom_emoji: 'CustomEmoji',
};
function parseMarkdownV2(src) {
  const fail = (what) => badRequest(`can't parse entities: ${what}`);
  const reserved = (ch) => fail(`Character '${ch}' is reserved and must be escaped with the preceding '\\'`);
  let out = '';
  const entities = [];
  const stack = [];
  let quote = null; // blockquote of consecutive '>' lines
  const closeQuote = () => {
    if (quote && out.length > quote.offset) entities.push({ type: quote.type, offset: quote.offset, length: out.length - quote.offset });
    quote = null;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const code = src.charCodeAt(i + 1);
    const lineStart = i === 0 || src[i - 1] === '\n';
    if (lineStart && !stack.length) {
      const exp = src.startsWith('**>', i);
      if (c === '>' || exp) {
        if (!quote) quote = { type: exp ? 'expandable_blockquote' : 'blockquote', offset: out.length };
        if (exp) i += 2;
        continue;
      }
      if (quote) {
        // the quote ended on the previous line (its trailing newline stays outside)
        const end = out.endsWith('\n') ? out.length - 1 : out.length;
        if (end > quote.offset) entities.push({ type: quote.type, offset: quote.offset, length: end - quote.offset });
        quote = null;
      }
    }
    if (c === '\\' && code > 0 && code <= 126) {
      out += src[i + 1];
      i += 1;
      continue;
    }
    const top = stack[stack.length - 1];
    const inCode = top && (top.type === 'code' || top.type === 'pre');
    if (!(inCode ? '`' : MDV2_RESERVED).includes(c)) {
      out += c;
      continue;
    }
    let closes = false;
    if (top) {
      switch (top.type) {
        case 'bold': closes = c === '*'; break;
        case 'italic': closes = c === '_' && src[i + 1] !== '_'; break;
        case 'underline': closes = c === '_' && src[i + 1] === '_'; break;
        case 'strikethrough': closes = c === '~'; break;
        case 'spoiler': closes = c === '|' && src[i + 1] === '|'; break;
        case 'code': closes = c === '`'; break;
        case 'pre': closes = src.startsWith('```', i); break;
        case 'text_link': case 'custom_emoji': closes = c === ']'; break;
        default: break;
      }
    }
    if (!closes) {
      const ent = { offset: out.length, byte: byteOffset(src, i), extra: {} };
      switch (c) {
        case '_':
          if (src[i + 1] === '_') {
            ent.type = 'underline';
            i += 1;
          } else ent.type = 'italic';
          break;
        case '*': ent.type = 'bold'; break;
        case '~': ent.type = 'strikethrough'; break;
        case '|':
          if (src[i + 1] !== '|') throw reserved(c);
          ent.type = 'spoiler';
          i += 1;
          break;
        case '[': ent.type = 'text_link'; break;
        case '!':
          if (src[i + 1] !== '[') throw reserved(c);
          ent.type = 'custom_emoji';
          i += 1;
          break;
        case '`':
          if (src.startsWith('```', i)) {
            ent.type = 'pre';
            i += 3;
            let j = i;
            while (j < src.length && !/\s/.test(src[j]) && src[j] !== '`') j += 1;
            if (j !== i && j < src.length && src[j] !== '`') {
              ent.extra.language = src.slice(i, j);
              i = j;
            }
            if (src[i] === '\n' || src[i] === '\r') i += (src[i + 1] === '\n' || src[i + 1] === '\r') && src[i] !== src[i + 1] ? 2 : 1;
            i -= 1;
          } else ent.type = 'code';
          break;
        default:
          throw reserved(c);
      }
      stack.push(ent);
      continue;
    }
    stack.pop();
    if (top.type === 'underline' || top.type === 'spoiler') i += 1;
    if (top.type === 'pre') i += 2;
    if (top.type === 'text_link' || top.type === 'custom_emoji') {
      let url = '';
      if (src[i + 1] === '(') {
        const begin = i + 1;
        i += 2;
        while (i < src.length && src[i] !== ')') {
          const cc = src.charCodeAt(i + 1);
          if (src[i] === '\\' && cc > 0 && cc <= 126) {
            url += src[i + 1];
            i += 2;
          } else {
            url += src[i];
            i += 1;
          }
        }
        if (src[i] !== ')') throw fail(`Can't find end of a URL at byte offset ${byteOffset(src, begin)}`);
      } else {
        url = out.slice(top.offset);
      }
      if (top.type === 'custom_emoji') top.extra.custom_emoji_id = (/id=(\d+)/.exec(url) || [])[1] || '';
      else top.extra.url = url;
    }
    const length = out.length - top.offset;
    if (length > 0) entities.push({ type: top.type, offset: top.offset, length, ...top.extra });
  }
  if (stack.length) {
    const top = stack[stack.length - 1];
    throw fail(`Can't find end of ${MD_TYPE_NAMES[top.type]} entity at byte offset ${top.byte}`);
  }
  closeQuote();
  entities.sort((x, y) => x.offset - y.offset || y.length - x.length);
  return { text: out, entities };
}

// legacy Markdown: *bold* _italic_ `code` ```pre``` [text](url), no nesting
function parseMarkdownLegacy(src) {
  let out = '';
  const entities = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && '_*`['.includes(src[i + 1] || ' ')) {
      out += src[i + 1];
      i += 1;
      continue;
    }
    if (!'_*`['.includes(c)) {
      out += c;
      continue;
    }
    const begin = i;
    const endCh = c === '[' ? ']' : c;
    let pre = false;
    let language;
    i += 1;
    if (c === '`' && src.startsWith('``', i)) {
      pre = true;
      i += 2;
      let j = i;
      while (j < src.length && !/\s/.test(src[j]) && src[j] !== '`') j += 1;
      if (j !== i && j < src.length && src[j] !== '`') {
        language = src.slice(i, j);
        i = j;
      }
    }
    const offset = out.length;
    while (i < src.length && (src[i] !== endCh || (pre && !src.startsWith('```', i)))) {
      out += src[i];
      i += 1;
    }
    if (i >= src.length) throw badRequest(`can't parse entities: Can't find end of the entity starting at byte offset ${byteOffset(src, begin)}`);
    if (pre) i += 2;
    const ent = { offset, length: out.length - offset };
    if (c === '[') {
      if (src[i + 1] === '(') {
        const close = src.indexOf(')', i + 2);
        if (close < 0) throw badRequest(`can't parse entities: Can't find end of a URL at byte offset ${byteOffset(src, i + 1)}`);
        Object.assign(ent, { type: 'text_link', url: src.slice(i + 2, close) });
        i = close;
      } else {
        Object.assign(ent, { type: 'text_link', url: out.slice(offset) });
      }
    } else {
      ent.type = { '*': 'bold', _: 'italic', '`': pre ? 'pre' : 'code' }[c];
      if (language) ent.language = language;
    }
    if (ent.length > 0) entities.push(ent);
  }
  return { text: out, entities };
}

// text as sent + parse mode -> what Telegram shows (plain text + entities)
function formatText(raw, parseMode, givenEntities, kind) {
  const text = raw === undefined || raw === null ? '' : String(raw);
  let plain = text;
  let entities = Array.isArray(givenEntities) ? givenEntities : undefined;
  const mode = parseMode ? String(parseMode) : '';
  const parser = { html: parseHtml, markdownv2: parseMarkdownV2, markdown: parseMarkdownLegacy }[mode.toLowerCase()];
  if (mode && !parser) throw badRequest(`unsupported parse_mode`);
  if (parser) {
    const parsed = parser(text);
    plain = parsed.text;
    entities = parsed.entities.length ? parsed.entities : undefined;
  }
  if (kind === 'text') {
    if (!plain.trim()) throw badRequest('message text is empty');
    if (plain.length > 4096) throw badRequest('message is too long');
  } else if (kind === 'caption' && plain.length > 1024) {
    throw badRequest('message caption is too long');
  }
  return { text, plain, entities, parseMode: mode || undefined };
}

// ---------------------------------------------------------------------------------------------
// bot messages
function chatKey(token, chatId) {
  return `${token}|${chatId}`;
}
function findRecord(token, chatId, messageId) {
  return records.get(`${token}|${chatId}|${messageId}`);
}

function validateMarkup(markup) {
  if (markup === undefined || markup === null || markup === '') return undefined;
  if (typeof markup !== 'object') throw badRequest("can't parse reply keyboard markup JSON object");
  if ('inline_keyboard' in markup) {
    if (!Array.isArray(markup.inline_keyboard)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array');
    for (const row of markup.inline_keyboard) {
      if (!Array.isArray(row)) throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
      for (const btn of row) {
        if (!btn || typeof btn.text !== 'string') throw badRequest("can't find field \"text\"");
        if (typeof btn.callback_data === 'string' && Buffer.byteLength(btn.callback_data) > 64) {
          throw badRequest('BUTTON_DATA_INVALID');
        }
      }
    }
  }
  return markup;
}

const MEDIA_METHODS = {
  sendphoto: 'photo', senddocument: 'document', sendaudio: 'audio', sendvideo: 'video',
  sendvoice: 'voice', sendanimation: 'animation', sendsticker: 'sticker', sendvideonote: 'video_note',
};

function storeFile(upload, fallbackName) {
  const fileId = `file_${crypto.randomBytes(9).toString('hex')}`;
  const info = {
    file_id: fileId,
    file_unique_id: crypto.createHash('sha1').update(upload.data).digest('hex').slice(0, 16),
    file_name: upload.file_name || fallbackName,
    mime_type: upload.mime_type,
    file_size: upload.data.length,
    file_path: `documents/${fileId}_${path.basename(upload.file_name || fallbackName || 'file')}`,
    data: upload.data.toString('base64'),
  };
  files.set(fileId, info);
  return info;
}

function mediaObject(kind, value, uploads) {
  let info;
  const key = typeof value === 'string' && value.startsWith('attach://') ? value.slice(9) : kind;
  if (uploads[key]) info = storeFile(uploads[key], kind);
  else if (typeof value === 'string' && files.has(value)) info = files.get(value);
  else {
    // a file_id the emulator does not know, or a URL: describe it without content
    const id = typeof value === 'string' ? value : `file_${crypto.randomBytes(9).toString('hex')}`;
    info = { file_id: id, file_unique_id: crypto.createHash('sha1').update(id).digest('hex').slice(0, 16), file_size: 0 };
  }
  const base = { file_id: info.file_id, file_unique_id: info.file_unique_id, file_size: info.file_size };
  if (kind === 'photo') return [{ ...base, width: 640, height: 480 }];
  if (kind === 'document' || kind === 'audio' || kind === 'video' || kind === 'animation') {
    const o = { ...base };
    if (info.file_name) o.file_name = info.file_name;
    if (info.mime_type) o.mime_type = info.mime_type;
    if (kind !== 'document') o.duration = 1;
    if (kind === 'video' || kind === 'animation') Object.assign(o, { width: 640, height: 480 });
    return o;
  }
  if (kind === 'voice') return { ...base, duration: 1 };
  if (kind === 'video_note') return { ...base, length: 240, duration: 1 };
  if (kind === 'sticker') return { ...base, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };
  return base;
}

function replyTarget(token, chat, p) {
  let rid = p.reply_to_message_id;
  if (p.reply_parameters && typeof p.reply_parameters === 'object') rid = p.reply_parameters.message_id;
  if (rid === undefined || rid === null) return undefined;
  const rec = findRecord(token, chat.id, int(rid));
  if (rec) return rec.message;
  const u = tg.storage.userMessages.find((x) => x.botToken === token && x.message
    && x.messageId === int(rid) && String((x.message.chat || {}).id) === String(chat.id));
  return u ? TelegramServer.formatUpdate(u).message : undefined;
}

// create a bot message record. `content` holds the Telegram fields of the message.
function addBotMessage(token, chat, method, p, content, extraRecord) {
  const b = botState(token);
  // the stock storage assigns message_id (and keeps its own copy for /getUpdates clients)
  const stock = tg.addBotMessage({ ...p, chat_id: String(chat.id) }, token);
  const messageId = stock.message_id;
  const message = {
    message_id: messageId,
    from: botUser(b),
    chat,
    date: nowSec(),
    ...content,
  };
  const reply = replyTarget(token, chat, p);
  if (reply) message.reply_to_message = reply;
  const markup = validateMarkup(p.reply_markup);
  if (markup && 'inline_keyboard' in markup) message.reply_markup = markup;
  const rec = {
    token,
    chat_id: chat.id,
    message_id: messageId,
    method,
    date: message.date,
    reply_markup: markup,
    params: p,
    message,
    edits: 0,
    history: [],
    deleted: false,
    ...extraRecord,
  };
  rec.seq = bump();
  rec.edit_seq = 0;
  rec.deleted_seq = 0;
  records.set(`${token}|${chat.id}|${messageId}`, rec);
  const k = chatKey(token, chat.id);
  if (!chatRecords.has(k)) chatRecords.set(k, []);
  chatRecords.get(k).push(rec);
  return rec;
}

function publicRecord(rec) {
  const out = {
    message_id: rec.message_id,
    chat_id: rec.chat_id,
    date: rec.date,
    method: rec.method,
    text: rec.text,
    plain_text: rec.plain_text,
    parse_mode: rec.parse_mode,
    entities: rec.message.entities,
    caption: rec.caption,
    reply_markup: rec.reply_markup,
    edits: rec.edits,
    edit_date: rec.message.edit_date,
    history: rec.history,
    deleted: rec.deleted,
    seq: rec.seq,
    edit_seq: rec.edit_seq,
    deleted_seq: rec.deleted_seq,
    params: rec.params,
    message: rec.message,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

// ---------------------------------------------------------------------------------------------
// updates (stored in the stock tg.storage.userMessages, same record shape)
function formatUpdate(u) {
  if (u.raw) return { update_id: u.updateId, ...u.raw };
  if (u.callbackQuery) {
    const cq = u.callbackQuery;
    const out = { id: String(cq.id || u.callbackId), from: cq.from };
    let msg = cq.message;
    // stock /sendCallback: message is whatever the client sent; prefer the bot's real message
    if (msg && msg.message_id !== undefined && msg.chat) {
      const rec = findRecord(u.botToken, msg.chat.id, msg.message_id);
      if (rec) msg = rec.message;
    }
    if (msg) {
      msg = { ...msg };
      delete msg.botToken;
      if (msg.date === undefined) msg.date = Math.floor(u.time / 1000);
      if (msg.message_id === undefined) msg.message_id = u.messageId;
      out.message = msg;
    }
    const chatId = msg && msg.chat ? msg.chat.id : (cq.from ? cq.from.id : 0);
    out.chat_instance = cq.chat_instance || chatInstance(chatId);
    if (cq.data !== undefined) out.data = cq.data;
    if (cq.inline_message_id !== undefined) out.inline_message_id = cq.inline_message_id;
    return { update_id: u.updateId, callback_query: out };
  }
  const m = { ...u.message };
  delete m.botToken;
  m.message_id = u.messageId;
  if (m.date === undefined || m.date === null) m.date = Math.floor(u.time / 1000);
  else if (Number(m.date) > 1e11) m.date = Math.floor(Number(m.date) / 1000); // ms -> s
  if (!m.chat && m.from) m.chat = { id: m.from.id, type: 'private', first_name: m.from.first_name };
  if (m.from && m.from.is_bot === undefined) m.from = { ...m.from, is_bot: false };
  return { update_id: u.updateId, message: m };
}
// the stock getUpdates/webhook code paths use the static formatter as well
TelegramServer.formatUpdate = formatUpdate;

function chatInstance(chatId) {
  return String(BigInt.asIntN(63, BigInt(Math.abs(Number(chatId) || 0)) * 2654435761n + 7919n));
}

function updateType(upd) {
  return Object.keys(upd).find((k) => k !== 'update_id');
}

function pushUpdate(token, fields) {
  const rec = {
    time: Date.now(),
    botToken: token,
    updateId: tg.updateId,
    messageId: fields.messageId !== undefined ? fields.messageId : tg.messageId,
    isRead: false,
    ...fields,
  };
  tg.updateId += 1;
  tg.storage.userMessages.push(rec);
  wakePollers(token);
  deliverWebhook(token);
  return rec;
}

function wakePollers(token) {
  const set = pollers.get(token);
  if (set) for (const fn of [...set]) fn();
}
// the stock client routes add updates too: wake long polls for them
for (const ev of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) {
  tg.on(ev, () => {
    for (const token of pollers.keys()) wakePollers(token);
    for (const b of bots.values()) if (b.webhook) deliverWebhook(b.token);
  });
}

function pendingUpdates(token) {
  const b = botState(token);
  const out = [];
  for (const u of tg.storage.userMessages) {
    if (u.botToken !== token || u.confirmed) continue;
    const upd = formatUpdate(u);
    if (b.allowedUpdates && b.allowedUpdates.length && !b.allowedUpdates.includes(updateType(upd))) {
      u.confirmed = true; // Telegram never creates updates of types the bot did not ask for
      continue;
    }
    out.push({ u, upd });
  }
  return out;
}

function confirmBelow(token, offset) {
  for (const u of tg.storage.userMessages) {
    if (u.botToken === token && u.updateId < offset) u.confirmed = true;
  }
  pruneUpdates();
}

function pruneUpdates() {
  const all = tg.storage.userMessages;
  if (all.length < 2000) return;
  tg.storage.userMessages = all.filter((u, i) => !u.confirmed || i >= all.length - 1000);
}

function handOut(token, list) {
  const b = botState(token);
  for (const { u } of list) {
    u.isRead = true;
    b.delivered.push(u.updateId);
  }
  if (b.delivered.length > 5000) b.delivered = b.delivered.slice(-5000);
  return list.map((x) => x.upd);
}

// webhook delivery (only to loopback URLs)
const delivering = new Set();
async function deliverWebhook(token) {
  const b = botState(token);
  if (!b.webhook || delivering.has(token)) return;
  delivering.add(token);
  try {
    let failures = 0;
    while (b.webhook && failures < 5) {
      const [next] = pendingUpdates(token);
      if (!next) break;
      const ok = await postJson(b.webhook, next.upd);
      if (ok) {
        handOut(token, [next]);
        next.u.confirmed = true;
        failures = 0;
      } else {
        failures += 1;
        b.webhook.last_error_date = nowSec();
        b.webhook.last_error_message = 'Connection refused';
        await new Promise((r) => { setTimeout(r, 200 * failures); });
      }
    }
  } finally {
    delivering.delete(token);
  }
}
function postJson(hook, body) {
  return new Promise((resolve) => {
    const data = Buffer.from(JSON.stringify(body));
    const url = new URL(hook.url);
    const headers = { 'Content-Type': 'application/json', 'Content-Length': data.length };
    if (hook.secret_token) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secret_token;
    const req = http.request({
      host: '127.0.0.1', port: url.port || 80, path: url.pathname + url.search, method: 'POST', headers, timeout: 10000,
    }, (res) => {
      res.resume();
      resolve(res.statusCode >= 200 && res.statusCode < 300);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
    req.end(data);
  });
}

// ---------------------------------------------------------------------------------------------
// Bot API methods. Each handler gets ctx = {token, b, p, uploads, req, res} and returns the result
// (or a Promise of it), or throws ApiError.
const methods = {};
const CANONICAL = {};
function def(name, fn) {
  methods[name.toLowerCase()] = fn;
  CANONICAL[name.toLowerCase()] = name;
}

def('getMe', ({ b }) => ({ ...b.me }));
def('logOut', () => true);
def('close', () => true);

def('getUpdates', ({ token, b, p, res }) => {
  if (b.webhook) throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  const offset = p.offset === undefined ? undefined : int(p.offset, undefined);
  let limit = int(p.limit, 100);
  if (limit < 1 || limit > 100) limit = 100;
  const timeout = Math.max(0, Math.min(int(p.timeout, 0), 50));
  if (p.allowed_updates !== undefined && p.allowed_updates !== null && p.allowed_updates !== '') {
    b.allowedUpdates = Array.isArray(p.allowed_updates) ? p.allowed_updates : null;
  }
  if (offset !== undefined && offset > 0) confirmBelow(token, offset);
  // a newer getUpdates for the same token ends a waiting one with 409, like Telegram
  if (!pollers.has(token)) pollers.set(token, new Set());
  const set = pollers.get(token);
  for (const other of [...set]) other.conflict();
  const take = () => {
    let list = pendingUpdates(token);
    if (offset !== undefined && offset < 0) {
      list = list.slice(offset); // the last -offset updates; earlier ones are forgotten
      if (list.length) confirmBelow(token, list[0].u.updateId);
    }
    return list.slice(0, limit);
  };
  const now = take();
  if (now.length || timeout === 0) return handOut(token, now);
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (fn) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      set.delete(wake);
      fn();
    };
    const wake = () => {
      const list = take();
      if (list.length) finish(() => resolve(handOut(token, list)));
    };
    wake.conflict = () => finish(() => reject(new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running')));
    wake.shutdown = () => finish(() => resolve([]));
    const timer = setTimeout(() => finish(() => resolve([])), timeout * 1000);
    res.on('close', () => finish(() => resolve([])));
    set.add(wake);
  });
});

def('setWebhook', ({ token, b, p }) => {
  const url = String(p.url || '');
  if (!url) {
    b.webhook = null;
    return true;
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch (e) {
    throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
  }
  // the emulator only ever talks to this machine
  if (!['127.0.0.1', 'localhost'].includes(parsed.hostname) || parsed.protocol !== 'http:') {
    throw badRequest('bad webhook: the emulator delivers only to http://127.0.0.1 URLs');
  }
  b.webhook = { url, secret_token: p.secret_token, max_connections: int(p.max_connections, 40) };
  if (Array.isArray(p.allowed_updates)) b.allowedUpdates = p.allowed_updates;
  if (bool(p.drop_pending_updates)) confirmBelow(token, tg.updateId);
  for (const set of [pollers.get(token)]) if (set) for (const w of [...set]) w.conflict();
  deliverWebhook(token);
  return true;
});
def('deleteWebhook', ({ token, b, p }) => {
  b.webhook = null;
  if (bool(p.drop_pending_updates)) confirmBelow(token, tg.updateId);
  return true;
});
def('getWebhookInfo', ({ token, b }) => {
  const info = {
    url: b.webhook ? b.webhook.url : '',
    has_custom_certificate: false,
    pending_update_count: pendingUpdates(token).length,
  };
  if (b.webhook) {
    info.max_connections = b.webhook.max_connections;
    if (b.webhook.last_error_date) {
      info.last_error_date = b.webhook.last_error_date;
      info.last_error_message = b.webhook.last_error_message;
    }
    if (b.allowedUpdates) info.allowed_updates = b.allowedUpdates;
  }
  return info;
});

def('sendMessage', ({ token, p }) => {
  const chat = resolveChat(p.chat_id);
  if (p.text === undefined) throw badRequest('message text is empty');
  const f = formatText(p.text, p.parse_mode, p.entities, 'text');
  const content = { text: f.plain };
  if (f.entities) content.entities = f.entities;
  if (p.link_preview_options && typeof p.link_preview_options === 'object') content.link_preview_options = p.link_preview_options;
  const rec = addBotMessage(token, chat, 'sendMessage', p, content, {
    text: f.text, plain_text: f.plain, parse_mode: f.parseMode,
  });
  return rec.message;
});

for (const kind of Object.values(MEDIA_METHODS)) {
  const name = `send${kind.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
  def(name, ({ token, p, uploads }) => {
    const chat = resolveChat(p.chat_id);
    if (p[kind] === undefined && !uploads[kind]) throw badRequest(`there is no ${kind} in the request`);
    const content = { [kind]: mediaObject(kind, p[kind], uploads) };
    const extra = {};
    if (p.caption !== undefined) {
      const f = formatText(p.caption, p.parse_mode, p.caption_entities, 'caption');
      content.caption = f.plain;
      if (f.entities) content.caption_entities = f.entities;
      Object.assign(extra, { caption: f.text, plain_text: f.plain, parse_mode: f.parseMode });
    }
    return addBotMessage(token, chat, name, p, content, extra).message;
  });
}

def('sendMediaGroup', ({ token, p, uploads }) => {
  const chat = resolveChat(p.chat_id);
  if (!Array.isArray(p.media) || p.media.length < 2 || p.media.length > 10) throw badRequest('wrong number of messages in the media group');
  const group = String(Date.now());
  return p.media.map((m) => {
    const content = { media_group_id: group, [m.type]: mediaObject(m.type, m.media, uploads) };
    const extra = {};
    if (m.caption !== undefined) {
      const f = formatText(m.caption, m.parse_mode, m.caption_entities, 'caption');
      content.caption = f.plain;
      Object.assign(extra, { caption: f.text, plain_text: f.plain, parse_mode: f.parseMode });
    }
    return addBotMessage(token, chat, 'sendMediaGroup', { ...p, media: undefined, item: m }, content, extra).message;
  });
});

function simpleSend(name, build) {
  def(name, ({ token, p }) => {
    const chat = resolveChat(p.chat_id);
    return addBotMessage(token, chat, name, p, build(p)).message;
  });
}
simpleSend('sendLocation', (p) => ({ location: { latitude: Number(p.latitude), longitude: Number(p.longitude) } }));
simpleSend('sendVenue', (p) => ({
  venue: {
    location: { latitude: Number(p.latitude), longitude: Number(p.longitude) },
    title: p.title,
    address: p.address,
  },
}));
simpleSend('sendContact', (p) => ({ contact: { phone_number: p.phone_number, first_name: p.first_name } }));
simpleSend('sendDice', (p) => ({ dice: { emoji: p.emoji || '🎲', value: 1 + crypto.randomInt(6) } }));
simpleSend('sendPoll', (p) => ({
  poll: {
    id: String(crypto.randomInt(1e9)),
    question: p.question,
    options: (Array.isArray(p.options) ? p.options : []).map((o) => ({ text: typeof o === 'string' ? o : o.text, voter_count: 0 })),
    total_voter_count: 0,
    is_closed: false,
    is_anonymous: p.is_anonymous === undefined ? true : bool(p.is_anonymous),
    type: p.type || 'regular',
    allows_multiple_answers: bool(p.allows_multiple_answers),
  },
}));

function copySource(token, p) {
  const from = resolveChat(p.from_chat_id);
  const rec = findRecord(token, from.id, int(p.message_id));
  if (rec) return { ...rec.message };
  const u = tg.storage.userMessages.find((x) => x.botToken === token && x.message
    && x.messageId === int(p.message_id) && String((x.message.chat || {}).id) === String(from.id));
  if (!u) throw badRequest('message to copy not found');
  return { ...formatUpdate(u).message };
}
const MESSAGE_META = ['message_id', 'from', 'chat', 'date', 'edit_date', 'reply_markup', 'reply_to_message', 'forward_origin'];
def('copyMessage', ({ token, p }) => {
  const chat = resolveChat(p.chat_id);
  const src = copySource(token, p);
  for (const k of MESSAGE_META) delete src[k];
  const rec = addBotMessage(token, chat, 'copyMessage', p, src, { text: src.text, plain_text: src.text });
  return { message_id: rec.message_id };
});
def('forwardMessage', ({ token, p }) => {
  const chat = resolveChat(p.chat_id);
  const src = copySource(token, p);
  const origin = { type: 'user', date: src.date, sender_user: src.from };
  for (const k of MESSAGE_META) delete src[k];
  return addBotMessage(token, chat, 'forwardMessage', p, { ...src, forward_origin: origin }, { text: src.text, plain_text: src.text }).message;
});

// edits
function editTarget(token, p) {
  if (p.inline_message_id) return null;
  const chat = resolveChat(p.chat_id);
  if (p.message_id === undefined) throw badRequest('message identifier is not specified');
  const rec = findRecord(token, chat.id, int(p.message_id));
  if (!rec || rec.deleted) {
    const userMsg = tg.storage.userMessages.some((x) => x.botToken === token && x.message
      && x.messageId === int(p.message_id) && String((x.message.chat || {}).id) === String(chat.id));
    throw badRequest(userMsg ? "message can't be edited" : 'message to edit not found');
  }
  return rec;
}
const NOT_MODIFIED = 'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

function applyEdit(rec, changes, recordFields, newMarkup) {
  const before = rec.message;
  const next = { ...before, ...changes };
  if (newMarkup && 'inline_keyboard' in newMarkup) next.reply_markup = newMarkup;
  else delete next.reply_markup; // Telegram drops the inline keyboard when none is given
  for (const k of Object.keys(changes)) if (changes[k] === undefined) delete next[k];
  const same = JSON.stringify({ ...before, edit_date: 0 }) === JSON.stringify({ ...next, edit_date: 0 });
  if (same) throw badRequest(NOT_MODIFIED);
  rec.history.push({
    text: rec.text, caption: rec.caption, plain_text: rec.plain_text, parse_mode: rec.parse_mode,
    reply_markup: rec.reply_markup, edit_date: before.edit_date,
  });
  next.edit_date = nowSec();
  rec.message = next;
  rec.reply_markup = newMarkup && 'inline_keyboard' in newMarkup ? newMarkup : undefined;
  Object.assign(rec, recordFields);
  rec.edits += 1;
  rec.edit_seq = bump();
  // keep the stock storage's copy in step
  const stock = tg.storage.botMessages.find((u) => u.messageId === rec.message_id && u.botToken === rec.token);
  if (stock) stock.message = { ...stock.message, ...recordFields, text: recordFields.text ?? stock.message.text, reply_markup: rec.reply_markup };
  return next;
}

const inlineEdits = [];
function inlineEdit(token, method, p) {
  inlineEdits.push({ token, method, params: p, time: Date.now() });
  bump();
  return true;
}

def('editMessageText', ({ token, p }) => {
  if (p.text === undefined) throw badRequest('text must be non-empty');
  const f = formatText(p.text, p.parse_mode, p.entities, 'text');
  const markup = validateMarkup(p.reply_markup);
  const rec = editTarget(token, p);
  if (!rec) return inlineEdit(token, 'editMessageText', p);
  if (rec.message.text === undefined) throw badRequest('there is no text in the message to edit');
  return applyEdit(rec, { text: f.plain, entities: f.entities }, { text: f.text, plain_text: f.plain, parse_mode: f.parseMode }, markup);
});
def('editMessageCaption', ({ token, p }) => {
  const f = formatText(p.caption || '', p.parse_mode, p.caption_entities, 'caption');
  const markup = validateMarkup(p.reply_markup);
  const rec = editTarget(token, p);
  if (!rec) return inlineEdit(token, 'editMessageCaption', p);
  return applyEdit(rec, { caption: f.plain || undefined, caption_entities: f.entities }, { caption: f.text, plain_text: f.plain, parse_mode: f.parseMode }, markup);
});
def('editMessageReplyMarkup', ({ token, p }) => {
  const markup = validateMarkup(p.reply_markup);
  const rec = editTarget(token, p);
  if (!rec) return inlineEdit(token, 'editMessageReplyMarkup', p);
  return applyEdit(rec, {}, {}, markup);
});

function deleteOne(token, chat, mid) {
  const rec = findRecord(token, chat.id, mid);
  if (rec && !rec.deleted) {
    rec.deleted = true;
    rec.deleted_seq = bump();
    return true;
  }
  const i = tg.storage.userMessages.findIndex((x) => x.botToken === token && x.message && !x.deleted
    && x.messageId === mid && String((x.message.chat || {}).id) === String(chat.id));
  if (i >= 0) {
    tg.storage.userMessages[i].deleted = true;
    bump();
    return true;
  }
  return false;
}
def('deleteMessage', ({ token, p }) => {
  const chat = resolveChat(p.chat_id);
  if (p.message_id === undefined) throw badRequest('message identifier is not specified');
  if (!deleteOne(token, chat, int(p.message_id))) throw badRequest('message to delete not found');
  return true;
});
def('deleteMessages', ({ token, p }) => {
  const chat = resolveChat(p.chat_id);
  const ids = Array.isArray(p.message_ids) ? p.message_ids : [];
  if (!ids.length || ids.length > 100) throw badRequest('message identifiers are not specified');
  ids.forEach((mid) => deleteOne(token, chat, int(mid)));
  return true;
});

def('answerCallbackQuery', ({ token, p }) => {
  const cq = callbacks.get(String(p.callback_query_id));
  if (!cq || cq.token !== token || cq.answered) throw badRequest(QUERY_INVALID);
  if (p.text !== undefined && String(p.text).length > 200) throw badRequest('MESSAGE_TOO_LONG');
  cq.answered = true;
  cq.answer = {
    text: p.text, show_alert: bool(p.show_alert), url: p.url, cache_time: int(p.cache_time, 0),
  };
  return true;
});

def('answerInlineQuery', ({ token, p }) => {
  const iq = inlineQueries.get(String(p.inline_query_id));
  if (!iq || iq.token !== token || iq.answered) throw badRequest(QUERY_INVALID);
  const results = p.results;
  if (!Array.isArray(results)) throw badRequest("can't parse inline query results JSON object");
  if (results.length > 50) throw badRequest('RESULTS_TOO_MUCH');
  const ids = new Set();
  for (const r of results) {
    if (!r || !r.type || r.id === undefined) throw badRequest("can't parse inline query result");
    if (ids.has(String(r.id))) throw badRequest('RESULT_ID_DUPLICATE');
    ids.add(String(r.id));
    const imc = r.input_message_content;
    if (imc && imc.message_text !== undefined) formatText(imc.message_text, imc.parse_mode, imc.entities, 'text');
  }
  iq.answered = true;
  iq.answer = {
    results, cache_time: int(p.cache_time, 300), is_personal: bool(p.is_personal),
    next_offset: p.next_offset, button: p.button,
  };
  return true;
});

function commandsScope(p) {
  const scope = p.scope && typeof p.scope === 'object' ? p.scope : { type: 'default' };
  const sorted = {};
  for (const k of Object.keys(scope).sort()) sorted[k] = k === 'chat_id' || k === 'user_id' ? Number(scope[k]) || scope[k] : scope[k];
  return sorted;
}
function commandsKey(p) {
  return JSON.stringify([commandsScope(p), p.language_code || '']);
}
def('setMyCommands', ({ b, p }) => {
  const cmds = p.commands;
  if (!Array.isArray(cmds)) throw badRequest("can't parse commands JSON object");
  if (cmds.length > 100) throw badRequest('BOT_COMMANDS_TOO_MUCH');
  for (const c of cmds) {
    if (!c || !/^[a-z0-9_]{1,32}$/.test(String(c.command || ''))) throw badRequest('BOT_COMMAND_INVALID');
    const d = String(c.description || '');
    if (d.length < 1 || d.length > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
  }
  b.commands[commandsKey(p)] = {
    scope: commandsScope(p),
    language_code: p.language_code || '',
    commands: cmds.map((c) => ({ command: c.command, description: c.description })),
  };
  return true;
});
def('getMyCommands', ({ b, p }) => (b.commands[commandsKey(p)] || { commands: [] }).commands);
def('deleteMyCommands', ({ b, p }) => {
  delete b.commands[commandsKey(p)];
  return true;
});

function profileMethods(field, getName, setName, resultKey) {
  def(setName, ({ b, p }) => {
    b.profile[`${field}|${p.language_code || ''}`] = p[field] === undefined ? '' : String(p[field]);
    return true;
  });
  def(getName, ({ b, p }) => {
    const v = b.profile[`${field}|${p.language_code || ''}`] ?? b.profile[`${field}|`] ?? (field === 'name' ? b.me.first_name : '');
    return { [resultKey]: v };
  });
}
profileMethods('description', 'getMyDescription', 'setMyDescription', 'description');
profileMethods('short_description', 'getMyShortDescription', 'setMyShortDescription', 'short_description');
profileMethods('name', 'getMyName', 'setMyName', 'name');

def('setChatMenuButton', ({ b, p }) => {
  b.profile[`menu|${p.chat_id || ''}`] = p.menu_button || { type: 'default' };
  return true;
});
def('getChatMenuButton', ({ b, p }) => b.profile[`menu|${p.chat_id || ''}`] || b.profile['menu|'] || { type: 'commands' });
def('setMyDefaultAdministratorRights', ({ b, p }) => {
  b.profile[`rights|${bool(p.for_channels)}`] = p.rights || {};
  return true;
});
def('getMyDefaultAdministratorRights', ({ b, p }) => ({
  is_anonymous: false, can_manage_chat: false, can_delete_messages: false, can_manage_video_chats: false,
  can_restrict_members: false, can_promote_members: false, can_change_info: false, can_invite_users: false,
  can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
  ...(b.profile[`rights|${bool(p.for_channels)}`] || {}),
}));

const CHAT_ACTIONS = new Set(['typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice',
  'upload_voice', 'upload_document', 'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note']);
def('sendChatAction', ({ p }) => {
  resolveChat(p.chat_id);
  if (!CHAT_ACTIONS.has(String(p.action))) throw badRequest('wrong parameter action in request');
  return true;
});

def('getChat', ({ p }) => {
  const chat = resolveChat(p.chat_id);
  return { accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false }, ...chat };
});
def('getChatMember', ({ b, p }) => {
  resolveChat(p.chat_id);
  const uid = String(p.user_id);
  if (uid === String(b.me.id)) return { status: 'member', user: botUser(b) };
  const user = users.get(uid) || { id: Number(uid), is_bot: false, first_name: `User${uid}` };
  return { status: 'member', user };
});
def('getChatMemberCount', ({ p }) => (resolveChat(p.chat_id).type === 'private' ? 2 : 3));
def('getChatAdministrators', () => []);
def('getFile', ({ p }) => {
  const f = files.get(String(p.file_id));
  if (!f) throw badRequest('invalid file_id');
  return { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size, file_path: f.file_path };
});
for (const name of ['leaveChat', 'pinChatMessage', 'unpinChatMessage', 'unpinAllChatMessages',
  'setMessageReaction', 'setChatTitle', 'setChatDescription', 'banChatMember', 'unbanChatMember',
  'restrictChatMember', 'promoteChatMember', 'approveChatJoinRequest', 'declineChatJoinRequest']) {
  def(name, ({ p }) => {
    resolveChat(p.chat_id);
    return true;
  });
}
// any other method: Telegram has ~150 of them; answer ok:true/result:true and record the call

// ---------------------------------------------------------------------------------------------
// faults
const FAULT_PRESETS = {
  blocked: { status: 403, description: 'Forbidden: bot was blocked by the user' },
  deactivated: { status: 403, description: 'Forbidden: user is deactivated' },
  kicked: { status: 403, description: 'Forbidden: bot was kicked from the group chat' },
  flood: { status: 429 },
  chat_not_found: { status: 400, description: 'Bad Request: chat not found' },
  bad_request: { status: 400, description: 'Bad Request' },
  server_error: { status: 500, description: 'Internal Server Error' },
  bad_gateway: { status: 502, description: 'Bad Gateway' },
  unauthorized: { status: 401, description: 'Unauthorized' },
  conflict: { status: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' },
  timeout: { delay_ms: 60000 },
  disconnect: { disconnect: true },
};
function addFault(spec) {
  const preset = FAULT_PRESETS[spec.kind] || {};
  const f = { ...preset, ...spec };
  if (!f.method) throw badRequest('fault needs a method ("*" = any method but getUpdates)');
  faultId += 1;
  f.id = faultId;
  f.remaining = f.count === undefined ? 1 : int(f.count, 1); // -1: until cleared
  f.hits = 0;
  if (f.status === 429) {
    f.retry_after = int(f.retry_after, 1);
    if (!f.description) f.description = `Too Many Requests: retry after ${f.retry_after}`;
  }
  if (f.status && !f.description) f.description = http.STATUS_CODES[f.status] || 'Error';
  faults.push(f);
  return f;
}
function takeFault(token, method, p) {
  for (const f of faults) {
    if (f.remaining === 0) continue;
    if (f.token && f.token !== token) continue;
    const m = String(f.method).toLowerCase();
    if (m === '*' ? method === 'getupdates' : m !== method) continue;
    if (f.chat_id !== undefined && f.chat_id !== null && String(f.chat_id) !== String(p.chat_id)) continue;
    if (f.remaining > 0) f.remaining -= 1;
    f.hits += 1;
    return f;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing
function sendJson(res, status, obj) {
  if (res.writableEnded || res.destroyed) return;
  const body = Buffer.from(JSON.stringify(obj));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  res.end(body);
}
function sendError(res, err) {
  if (err instanceof ApiError) {
    const body = { ok: false, error_code: err.code, description: err.description };
    if (err.parameters) body.parameters = err.parameters;
    sendJson(res, err.code, body);
  } else {
    log('internal error:', err && err.stack);
    sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${err && err.message}` });
  }
}

function recordCall(entry) {
  callCount += 1;
  entry.n = callCount;
  calls.push(entry);
  if (calls.length > 20000) calls = calls.slice(-10000);
  entry.seq = bump();
}

async function handleBotApi(req, res, token, rawMethod, url) {
  const method = rawMethod.toLowerCase();
  const started = Date.now();
  const buf = await readBody(req);
  const { params, uploads } = parseParams(req, buf, url);
  const b = botState(token);
  const name = CANONICAL[method] || rawMethod;
  const entry = { method: name, token, params: summarize(params, uploads), time: started / 1000 };
  const fault = takeFault(token, method, params);
  if (fault) {
    entry.fault = fault.id;
    if (fault.delay_ms) await new Promise((r) => { setTimeout(r, fault.delay_ms); });
    if (fault.disconnect) {
      entry.status = 0;
      recordCall(entry);
      req.socket.destroy();
      return;
    }
    if (fault.status) {
      entry.status = fault.status;
      recordCall(entry);
      const extra = fault.status === 429 ? { retry_after: fault.retry_after } : fault.parameters;
      throw new ApiError(fault.status, fault.description, extra);
    }
  }
  const handler = methods[method];
  // a long poll is recorded when it starts (status null) and completed in place
  const isPoll = method === 'getupdates';
  if (isPoll) {
    entry.status = null;
    recordCall(entry);
  }
  try {
    const result = handler ? await handler({ token, b, p: params, uploads, req, res }) : true;
    entry.status = 200;
    entry.duration = (Date.now() - started) / 1000;
    if (isPoll) {
      entry.update_ids = result.map((u) => u.update_id);
      bump();
    } else {
      entry.result = result;
      recordCall(entry);
    }
    if (VERBOSE) log(`${name} -> 200`);
    sendJson(res, 200, { ok: true, result });
  } catch (err) {
    entry.status = err instanceof ApiError ? err.code : 500;
    entry.error = err.description || String(err);
    if (isPoll) bump();
    else recordCall(entry);
    if (VERBOSE) log(`${name} -> ${entry.status} ${entry.error}`);
    throw err;
  }
}
function summarize(params, uploads) {
  const out = { ...params };
  for (const [k, f] of Object.entries(uploads)) out[k] = { file_name: f.file_name, mime_type: f.mime_type, size: f.data.length };
  return out;
}

// ---------------------------------------------------------------------------------------------
// test control routes
function q(url, name) {
  const v = url.searchParams.get(name);
  return v === null ? undefined : v;
}

function waitFor(check, waitSec, res) {
  // resolves with check()'s first truthy value, or its last value after waitSec
  return new Promise((resolve) => {
    const first = check();
    if (first || !waitSec) {
      resolve(first);
      return;
    }
    let done = false;
    const finish = (v) => {
      if (done) return;
      done = true;
      listeners.delete(onChange);
      clearTimeout(timer);
      resolve(v);
    };
    const onChange = () => {
      const v = check();
      if (v) finish(v);
    };
    const timer = setTimeout(() => finish(check()), Math.min(waitSec, 120) * 1000);
    listeners.add(onChange);
    res.on('close', () => finish(null));
  });
}

function userMessageUpdate(body) {
  const token = body.token;
  const from = { is_bot: false, first_name: 'Test', ...(body.from || {}) };
  if (from.id === undefined) throw badRequest('from.id is required');
  const chat = body.chat || { id: from.id, type: 'private', first_name: from.first_name, ...(from.last_name ? { last_name: from.last_name } : {}), ...(from.username ? { username: from.username } : {}) };
  rememberUser(from);
  rememberChat(chat);
  const kind = body.kind || 'message';
  const messageId = body.message_id !== undefined ? int(body.message_id) : tg.messageId;
  const message = { message_id: messageId, from, chat, date: body.date || nowSec() };
  if (kind === 'edited_message' || kind === 'edited_channel_post') message.edit_date = nowSec();
  if (body.text !== undefined) message.text = String(body.text);
  if (Array.isArray(body.entities) && body.entities.length) message.entities = body.entities;
  if (body.reply_to_message_id !== undefined) {
    const target = findRecord(token, chat.id, int(body.reply_to_message_id));
    if (target) message.reply_to_message = target.message;
  }
  Object.assign(message, body.extra || {});
  let rec;
  if (kind === 'message') {
    rec = pushUpdate(token, { message, messageId });
    if (body.message_id === undefined) tg.messageId += 1;
  } else {
    rec = pushUpdate(token, { raw: { [kind]: message }, messageId });
  }
  return { update_id: rec.updateId, message, seq };
}

function callbackUpdate(body) {
  const token = body.token;
  const from = { is_bot: false, first_name: 'Test', ...(body.from || {}) };
  if (from.id === undefined) throw badRequest('from.id is required');
  rememberUser(from);
  const id = String(body.id || `${Date.now()}${tg.callbackId}`);
  tg.callbackId += 1;
  const cq = { id, from };
  if (body.inline_message_id !== undefined) {
    cq.inline_message_id = String(body.inline_message_id);
    cq.chat_instance = body.chat_instance || chatInstance(from.id);
  } else {
    const rec = findRecord(token, int(body.chat_id), int(body.message_id));
    if (!rec) throw badRequest(`no bot message ${body.message_id} in chat ${body.chat_id}`);
    if (rec.deleted) throw badRequest(`message ${body.message_id} was deleted`);
    cq.message = rec.message;
    cq.chat_instance = chatInstance(rec.chat_id);
  }
  if (body.data !== undefined) cq.data = String(body.data);
  if (body.game_short_name !== undefined) cq.game_short_name = body.game_short_name;
  callbacks.set(id, { token, answered: false, answer: null });
  const rec = pushUpdate(token, { raw: { callback_query: cq } });
  return { update_id: rec.updateId, callback_query: cq, seq };
}

function rawUpdate(body) {
  const token = body.token;
  const upd = { ...(body.update || {}) };
  delete upd.update_id;
  const kind = updateType(upd);
  if (!kind) throw badRequest('update has no content');
  const obj = { ...upd[kind] };
  let messageId;
  if (['message', 'edited_message', 'channel_post', 'edited_channel_post', 'business_message'].includes(kind)) {
    if (obj.message_id === undefined) {
      obj.message_id = tg.messageId;
      tg.messageId += 1;
    }
    messageId = obj.message_id;
    if (obj.date === undefined) obj.date = nowSec();
    if (obj.from && obj.from.is_bot === undefined) obj.from = { ...obj.from, is_bot: false };
    rememberChat(obj.chat);
    rememberUser(obj.from);
  }
  if (kind === 'inline_query') {
    if (obj.id === undefined) obj.id = `${Date.now()}${tg.callbackId++}`;
    obj.id = String(obj.id);
    if (obj.offset === undefined) obj.offset = '';
    if (obj.query === undefined) obj.query = '';
    inlineQueries.set(obj.id, { token, answered: false, answer: null });
    rememberUser(obj.from);
  }
  if (kind === 'callback_query') {
    if (obj.id === undefined) obj.id = `${Date.now()}${tg.callbackId++}`;
    obj.id = String(obj.id);
    if (obj.chat_instance === undefined) obj.chat_instance = chatInstance(obj.message && obj.message.chat ? obj.message.chat.id : 0);
    callbacks.set(obj.id, { token, answered: false, answer: null });
  }
  if (kind === 'chosen_inline_result' && obj.result_id !== undefined) obj.result_id = String(obj.result_id);
  upd[kind] = obj;
  const rec = pushUpdate(token, { raw: upd, messageId });
  return { update_id: rec.updateId, update: { update_id: rec.updateId, ...upd }, seq };
}

function resetAll(token) {
  const keep = (t) => token !== undefined && t !== token;
  for (const [k, r] of records) if (!keep(r.token)) records.delete(k);
  for (const k of [...chatRecords.keys()]) if (!keep(k.split('|')[0])) chatRecords.delete(k);
  tg.storage.userMessages = tg.storage.userMessages.filter((u) => keep(u.botToken));
  tg.storage.botMessages = tg.storage.botMessages.filter((u) => keep(u.botToken));
  calls = calls.filter((c) => keep(c.token));
  faults = faults.filter((f) => f.token && keep(f.token));
  for (const [k, v] of callbacks) if (!keep(v.token)) callbacks.delete(k);
  for (const [k, v] of inlineQueries) if (!keep(v.token)) inlineQueries.delete(k);
  for (const t of [...bots.keys()]) {
    if (!keep(t)) {
      const b = bots.get(t);
      bots.delete(t);
      const fresh = botState(t);
      fresh.me = b.me; // identity survives a reset
    }
  }
  if (token === undefined) {
    chats.clear();
    users.clear();
  }
  bump();
}

async function handleControl(req, res, url) {
  const route = url.pathname.slice('/_test/'.length);
  const buf = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
  let body = {};
  if (buf.length) {
    try {
      body = JSON.parse(buf.toString('utf8'));
    } catch (e) {
      throw badRequest('control routes take JSON bodies');
    }
  }
  const needToken = () => {
    const t = body.token || q(url, 'token');
    if (!t) throw badRequest('token is required');
    return t;
  };
  const reply = (result) => sendJson(res, 200, { ok: true, result });
  switch (route) {
    case 'health':
      return reply({ port: PORT, pid: process.pid, emulator: `telegram-test-api ${EMULATOR_VERSION}`, seq });
    case 'message':
      needToken();
      return reply(userMessageUpdate(body));
    case 'callback':
      needToken();
      return reply(callbackUpdate(body));
    case 'update':
      needToken();
      return reply(rawUpdate(body));
    case 'fault':
      return reply(addFault(body));
    case 'faults':
      return reply(faults);
    case 'faults/clear': {
      const t = body.token;
      faults = faults.filter((f) => t && f.token !== t);
      return reply(true);
    }
    case 'bot': {
      const b = botState(needToken());
      Object.assign(b.me, body.me || {});
      return reply({ me: b.me, commands: Object.values(b.commands), webhook: b.webhook, profile: b.profile, allowed_updates: b.allowedUpdates, delivered: b.delivered, empty_polls: b.emptyPolls || 0 });
    }
    case 'messages': {
      const token = needToken();
      const chatId = q(url, 'chat_id');
      const since = Number(q(url, 'since') || 0);
      const wait = Number(q(url, 'wait') || 0);
      const listAll = () => {
        let list;
        if (chatId !== undefined) list = chatRecords.get(chatKey(token, String(Number(chatId)))) || [];
        else list = [...chatRecords.entries()].filter(([k]) => k.split('|')[0] === token).flatMap(([, v]) => v);
        return list.filter((r) => Math.max(r.seq, r.edit_seq, r.deleted_seq) > since);
      };
      const found = await waitFor(() => { const l = listAll(); return l.length ? l : null; }, wait, res);
      return reply({ seq, messages: (found || []).map(publicRecord) });
    }
    case 'calls': {
      const token = q(url, 'token');
      const method = q(url, 'method');
      const since = Number(q(url, 'since') || 0);
      const wait = Number(q(url, 'wait') || 0);
      const match = () => {
        const l = calls.filter((c) => c.seq > since && (!token || c.token === token)
          && (!method || c.method.toLowerCase() === method.toLowerCase()));
        return l.length ? l : null;
      };
      const found = await waitFor(match, wait, res);
      return reply({ seq, calls: found || [] });
    }
    case 'callback_answer': {
      const id = String(q(url, 'id'));
      const wait = Number(q(url, 'wait') || 0);
      const get = () => {
        const c = callbacks.get(id) || inlineQueries.get(id);
        return c && c.answered ? c.answer : null;
      };
      return reply(await waitFor(get, wait, res));
    }
    case 'inline_edits':
      return reply(inlineEdits.filter((e) => !q(url, 'token') || e.token === q(url, 'token')));
    case 'updates': {
      const token = needToken();
      const b = botState(token);
      return reply({ pending: pendingUpdates(token).map((x) => x.upd), delivered: b.delivered, next_update_id: tg.updateId });
    }
    case 'files': {
      const f = files.get(String(q(url, 'file_id')));
      if (!f) throw new ApiError(404, 'Not Found');
      return reply(f);
    }
    case 'reset':
      resetAll(body.token);
      return reply(true);
    case 'shutdown':
      reply(true);
      setImmediate(() => shutdown('control route'));
      return undefined;
    default:
      throw new ApiError(404, `Not Found: no control route ${route}`);
  }
}

// the stock client routes, guarded against inputs that crash the stock emulator
async function handleStockClient(req, res, url) {
  const buf = await readBody(req);
  let body = {};
  if (buf.length) {
    const ct = String(req.headers['content-type'] || '');
    try {
      body = ct.includes('json') ? JSON.parse(buf.toString('utf8')) : Object.fromEntries(new URLSearchParams(buf.toString('utf8')));
    } catch (e) {
      throw badRequest("can't parse request body");
    }
  }
  const route = url.pathname;
  if (['/sendMessage', '/sendCommand', '/sendCallback'].includes(route)) {
    if (!body || typeof body !== 'object' || !body.botToken) throw badRequest('the message must contain a `botToken` field');
    if (route === '/sendCommand' && !Array.isArray(body.entities)) {
      const text = String(body.text || '');
      const m = /\/[A-Za-z0-9_@]+/.exec(text);
      if (!m) throw badRequest('a command needs `entities` or a /command in its text');
      body.entities = [{ offset: m.index, length: m[0].length, type: 'bot_command' }];
    }
    if (body.from) rememberUser(body.from);
    if (body.chat) rememberChat(body.chat);
    if (route === '/sendCallback') {
      const id = String(tg.callbackId);
      callbacks.set(id, { token: body.botToken, answered: false, answer: null });
    }
  } else if (!body.token) {
    throw badRequest('`token` is required');
  }
  req.body = body;
  req._body = true; // tell express' body parsers that the body is already read
  tg.webServer(req, res);
}

async function handle(req, res) {
  let url;
  try {
    url = new URL(req.url, `http://${HOST}:${PORT}`);
  } catch (e) {
    sendJson(res, 400, { ok: false, error_code: 400, description: 'Bad Request' });
    return;
  }
  try {
    const p = url.pathname;
    let m;
    if (p.startsWith('/_test/')) {
      await handleControl(req, res, url);
    } else if ((m = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/.exec(p))) {
      if (req.method !== 'GET' && req.method !== 'POST') throw new ApiError(405, 'Method Not Allowed');
      await handleBotApi(req, res, decodeURIComponent(m[1]), m[2], url);
    } else if ((m = /^\/file\/bot([^/]+)\/(.+)$/.exec(p))) {
      const f = [...files.values()].find((x) => x.file_path === decodeURIComponent(m[2]));
      if (!f) throw new ApiError(404, 'Not Found');
      const data = Buffer.from(f.data, 'base64');
      res.writeHead(200, { 'Content-Type': f.mime_type || 'application/octet-stream', 'Content-Length': data.length });
      res.end(data);
    } else if (['/sendMessage', '/sendCommand', '/sendCallback', '/getUpdates', '/getUpdatesHistory'].includes(p) && req.method === 'POST') {
      await handleStockClient(req, res, url);
    } else {
      throw new ApiError(404, 'Not Found');
    }
  } catch (err) {
    sendError(res, err);
  }
}

// ---------------------------------------------------------------------------------------------
// persistence across restarts (so update ids and message ids keep increasing, like Telegram)
function saveState() {
  if (!STATE_FILE) return;
  const state = {
    counters: { updateId: tg.updateId, messageId: tg.messageId, callbackId: tg.callbackId, callCount },
    storage: tg.storage,
    bots: [...bots.values()],
    chats: [...chats.values()],
    users: [...users.values()],
    records: [...records.values()],
    callbacks: [...callbacks.entries()],
    inlineQueries: [...inlineQueries.entries()],
    calls: calls.slice(-5000),
    files: [...files.values()],
    seq,
  };
  fs.writeFileSync(`${STATE_FILE}.tmp`, JSON.stringify(state));
  fs.renameSync(`${STATE_FILE}.tmp`, STATE_FILE);
}
function loadState() {
  if (!STATE_FILE || !fs.existsSync(STATE_FILE)) return;
  const s = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
  tg.updateId = s.counters.updateId;
  tg.messageId = s.counters.messageId;
  tg.callbackId = s.counters.callbackId;
  callCount = s.counters.callCount;
  tg.storage = s.storage;
  for (const b of s.bots) bots.set(b.token, b);
  for (const c of s.chats) chats.set(String(c.id), c);
  for (const u of s.users) users.set(String(u.id), u);
  for (const r of s.records) {
    records.set(`${r.token}|${r.chat_id}|${r.message_id}`, r);
    const k = chatKey(r.token, r.chat_id);
    if (!chatRecords.has(k)) chatRecords.set(k, []);
    chatRecords.get(k).push(r);
  }
  for (const [k, v] of s.callbacks) callbacks.set(k, v);
  for (const [k, v] of s.inlineQueries) inlineQueries.set(k, v);
  for (const f of s.files) files.set(f.file_id, f);
  calls = s.calls;
  seq = s.seq;
  log(`state loaded from ${STATE_FILE}: next update_id ${tg.updateId}, next message_id ${tg.messageId}`);
}

// ---------------------------------------------------------------------------------------------
const server = http.createServer((req, res) => {
  handle(req, res);
});
server.keepAliveTimeout = 65000;
server.headersTimeout = 70000;
server.requestTimeout = 0;

let stopping = false;
function shutdown(why) {
  if (stopping) return;
  stopping = true;
  log(`shutting down (${why})`);
  for (const set of pollers.values()) for (const w of [...set]) w.shutdown();
  try {
    saveState();
  } catch (e) {
    log('could not save state:', e && e.stack);
  }
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 300).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

loadState();
server.on('error', (err) => {
  log(`cannot listen on ${HOST}:${PORT}: ${err.code || err}`);
  process.exit(err.code === 'EADDRINUSE' ? 98 : 1);
});
server.listen(PORT, HOST, () => {
  log(`telegram-test-api ${EMULATOR_VERSION} emulator listening on http://${HOST}:${PORT} (pid ${process.pid})`);
  process.stdout.write(`READY ${PORT}\n`);
});
