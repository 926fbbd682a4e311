//! Source formats an editor pastes as they are stored rather than as they
//! read: a mail's raw source (its headers, quoted-printable escapes and
//! soft line breaks) and a paper's LaTeX (ties, braces, comments and
//! commands). Read as written, "Seoul=E2=80=99s" holds a count of 80,
//! "about=C2=A0300" loses its figure, "11,0=\n00" is two numbers, and
//! "23~October~2024" is no date. Decoded, they read as the text they show.
//!
//! The decoded copy keeps the text's length, as [`super::tokens::join_broken_words`]
//! does: what an escape or a command saves moves the rest of its line up,
//! and the room left over is spaces at the line's end. So every
//! offset outside a decoded line is unchanged, and [`Shift`]s map the rest
//! back to the text as written, where spans quote from.

/// From `at` in the decoded copy on, offsets run on from `written` in the
/// text as written, up to the next shift's `written`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Shift {
    pub at: usize,
    pub written: usize,
}

/// How offsets of a decoded copy map back to the text as written.
#[derive(Clone, Debug, Default)]
pub(crate) struct OffsetMap {
    pub shifts: Vec<Shift>,
    pub leads: Vec<Shift>,
    pub tails: Vec<Shift>,
    /// The map of the copy this one was made from, when a copy was made
    /// of a copy (a decoded mail's words broken at line ends, joined).
    pub outer: Option<Box<OffsetMap>>,
}

impl OffsetMap {
    /// Where a span starting at `at` of the copy starts as written: with
    /// the markup that opens it, after any other dropped there.
    pub fn start(&self, at: usize) -> usize {
        let own = exactly_at(&self.leads, at).unwrap_or_else(|| written_offset(&self.shifts, at));
        self.outer.as_ref().map_or(own, |o| o.start(own))
    }

    /// Where a span ending at `at` of the copy ends as written: with the
    /// markup that closes it, before any other dropped there.
    pub fn end(&self, at: usize) -> usize {
        let own = exactly_at(&self.tails, at).unwrap_or_else(|| written_end(&self.shifts, at));
        self.outer.as_ref().map_or(own, |o| o.end(own))
    }
}

fn exactly_at(shifts: &[Shift], at: usize) -> Option<usize> {
    shifts.binary_search_by_key(&at, |s| s.at).ok().map(|i| shifts[i].written)
}

/// Where offset `at` of a copy made with `shifts` is in the text as
/// written, for a span that starts there: after any text dropped there.
pub(crate) fn written_offset(shifts: &[Shift], at: usize) -> usize {
    let i = shifts.partition_point(|s| s.at <= at);
    let Some(s) = i.checked_sub(1).and_then(|i| shifts.get(i)) else { return at };
    let mapped = s.written + (at - s.at);
    shifts.get(i).map_or(mapped, |next| mapped.min(next.written))
}

/// Where offset `at` of a copy made with `shifts` is in the text as
/// written, for a span that ends there: before any text dropped there.
pub(crate) fn written_end(shifts: &[Shift], at: usize) -> usize {
    let i = shifts.partition_point(|s| s.at < at);
    match shifts.get(i) {
        Some(s) if s.at == at => s.written,
        _ => written_offset(shifts, at),
    }
}

/// The decoded copy of `text` and its shifts, or `None` when the text is
/// in none of the formats or decoding changes nothing.
pub(crate) fn decode_source(text: &str) -> Option<(String, OffsetMap)> {
    let raw_mail = is_raw_mail(text);
    let format = if raw_mail || has_quoted_printable(text) {
        Format::Mail { raw: raw_mail }
    } else if is_latex(text) {
        Format::Latex
    } else if let Some(front_matter_end) = markdown_source(text) {
        Format::Markdown { front_matter_end }
    } else {
        return None;
    };
    let mut w = Writer {
        src: text.as_bytes(),
        out: Vec::with_capacity(text.len()),
        r: 0,
        shifts: Vec::new(),
        leads: Vec::new(),
        tails: Vec::new(),
        math: false,
        groups: Vec::new(),
        deep_groups: 0,
        next_group: Group::Plain,
        keep_newline: false,
    };
    match format {
        Format::Mail { raw } => w.mail(raw),
        Format::Latex => w.latex(),
        Format::Markdown { front_matter_end } => w.markdown(front_matter_end),
    }
    w.flush();
    if w.shifts.is_empty() && w.out == w.src {
        return None;
    }
    // Escapes decode only to whole characters, and everything else moved
    // is ASCII or whole lines: still UTF-8; if not, read the text as it is.
    let decoded = String::from_utf8(w.out).ok()?;
    (decoded.len() == text.len())
        .then_some((decoded, OffsetMap { shifts: w.shifts, leads: w.leads, tails: w.tails, outer: None }))
}

enum Format {
    /// A mail's source; `raw` with its headers, else a body alone.
    Mail {
        raw: bool,
    },
    Latex,
    /// A static site's Markdown source; its front matter, if any, ends
    /// at this byte.
    Markdown {
        front_matter_end: usize,
    },
}

/// A Markdown source: front matter between "---" (or "+++") lines at the
/// top, or footnote references (`[^1]`) twice. Gives where the front
/// matter ends (0 without one).
fn markdown_source(text: &str) -> Option<usize> {
    let fence = ["---\n", "+++\n", "---\r\n", "+++\r\n"].into_iter().find(|f| text.starts_with(f));
    if let Some(fence) = fence {
        // Fields in YAML ("weight: 40") or TOML ("weight = 40") with keys
        // in lowercase, and nothing else but their folded lines.
        let top = &text[..text.floor_char_boundary(text.len().min(8 * 1024))];
        let mut at = fence.len();
        let mut keys = 0;
        for line in top[at..].split_inclusive('\n') {
            if line.trim_end() == fence.trim_end() {
                return (keys >= 2).then_some(at + line.len());
            }
            if front_matter_field(line).is_some() {
                keys += 1;
            } else if !(line.trim().is_empty() || line.starts_with([' ', '\t', '-'])) {
                break;
            }
            at += line.len();
        }
    }
    let bytes = text.as_bytes();
    let mut refs = 0;
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&bytes[from..], b"[^").map(|p| p + from) {
        from = p + 2;
        let label = bytes[from..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if label > 0 && bytes.get(from + label) == Some(&b']') {
            refs += 1;
            if refs >= 2 {
                return Some(0);
            }
        }
    }
    None
}

/// A front matter's field opening `line`: its key (lowercase letters,
/// digits, "_" and "-") and its value, after ":" or "=".
fn front_matter_field(line: &str) -> Option<(&str, &str)> {
    let sep = line.find([':', '='])?;
    let key = line[..sep].trim_end();
    let valid = key.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    valid.then(|| (key, &line[sep + 1..]))
}

/// Header fields a reader of a mail reads; the others (routes, signatures,
/// identifiers, MIME parts) hold numbers that count nothing.
const MAIL_FIELDS_READ: [&str; 6] = ["subject", "date", "from", "to", "cc", "sent"];

/// The name of a header field opening `line` ("Subject" of "Subject: …"),
/// lowercase.
fn field_name(line: &str) -> Option<String> {
    let colon = line.find(':')?;
    let name = &line[..colon];
    let valid = !name.is_empty()
        && name.len() <= 40
        && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    valid.then(|| name.to_ascii_lowercase())
}

fn is_raw_mail(text: &str) -> bool {
    let top = &text[..text.floor_char_boundary(text.len().min(16 * 1024))];
    if top.lines().next().is_none_or(|l| field_name(l).is_none()) {
        return false;
    }
    // Two of the fields only a mail's source has, each with the value it
    // has there (not a paper's "Received: 3 October 2024").
    let mut seen: Vec<String> = Vec::new();
    for line in top.lines().take_while(|l| !l.trim().is_empty()) {
        let Some(name) = field_name(line) else { continue };
        let value = line[name.len() + 1..].trim().to_ascii_lowercase();
        let fits = match name.as_str() {
            "received" => value.starts_with("from ") || value.starts_with("by "),
            "content-type" => value.contains('/'),
            "mime-version" => value.starts_with(|c: char| c.is_ascii_digit()),
            "return-path" | "message-id" => value.starts_with('<'),
            "dkim-signature" => value.starts_with("v="),
            "content-transfer-encoding" | "x-mailer" => !value.is_empty(),
            _ => false,
        };
        if fits && !seen.contains(&name) {
            seen.push(name);
        }
    }
    seen.len() >= 2
}

/// The boundary a multipart mail's "Content-Type" declares
/// (`boundary="b_41"`).
fn declared_boundary(value: &str) -> Option<&str> {
    let at = value.to_ascii_lowercase().find("boundary=")? + "boundary=".len();
    let rest = value[at..].trim_start_matches('"');
    let end = rest.find(['"', ';', ' ', '\r', '\n']).unwrap_or(rest.len());
    let boundary = &rest[..end];
    (!boundary.is_empty()).then_some(boundary)
}

/// Escapes of characters outside ASCII ("=E2=80=99", "=C2=A0") twice: a
/// body in quoted-printable (a mail's source names its encoding, and is
/// decoded as one anyway).
fn has_quoted_printable(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut escapes = 0;
    let mut from = 0;
    while let Some(p) = memchr_from(bytes, b'=', from) {
        from = p + 1;
        if let Some((_, len)) = escaped_char(bytes, p)
            && len > 3
        {
            escapes += 1;
            if escapes >= 2 {
                return true;
            }
            from = p + len;
        }
    }
    false
}

/// Commands with a braced argument three times, one of them a document's
/// structure (`\section{`, `\begin{`): a LaTeX source, not prose that
/// quotes a command or a pattern ("\d{4}", "\u{2019}").
fn is_latex(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut commands = 0;
    let mut structure = false;
    let mut from = 0;
    while let Some(p) = memchr_from(bytes, b'\\', from) {
        from = p + 1;
        let name = command_name(bytes, p + 1);
        if name.len() >= 2 && bytes.get(p + 1 + name.len()) == Some(&b'{') {
            commands += 1;
            structure |= matches!(
                name,
                b"section"
                    | b"subsection"
                    | b"subsubsection"
                    | b"chapter"
                    | b"begin"
                    | b"documentclass"
                    | b"usepackage"
            );
            if commands >= 3 && structure {
                return true;
            }
        }
    }
    false
}

fn memchr_from(bytes: &[u8], b: u8, from: usize) -> Option<usize> {
    memchr::memchr(b, bytes.get(from..)?).map(|p| p + from)
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    }
}

/// The byte an escape "=XX" at `at` stands for.
fn escaped_byte(bytes: &[u8], at: usize) -> Option<u8> {
    if bytes.get(at) != Some(&b'=') {
        return None;
    }
    Some(hex(*bytes.get(at + 1)?)? << 4 | hex(*bytes.get(at + 2)?)?)
}

/// The character escapes at `at` stand for ("=E2=80=99" a curly
/// apostrophe), as UTF-8 bytes (the first third of the escapes' length),
/// and how long the escapes are. Printable
/// ASCII and tabs only, or one whole character outside ASCII: a control
/// character or a stray byte is no escape a writer meant.
fn escaped_char(bytes: &[u8], at: usize) -> Option<([u8; 4], usize)> {
    let lead = escaped_byte(bytes, at)?;
    let n = match lead {
        b'\t' | 0x20..=0x7e => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let mut out = [lead, 0, 0, 0];
    for (i, slot) in out.iter_mut().enumerate().take(n).skip(1) {
        *slot = escaped_byte(bytes, at + 3 * i)?;
    }
    std::str::from_utf8(&out[..n]).ok()?;
    Some((out, 3 * n))
}

/// An ASCII command's name after a backslash ("section" of "\section").
fn command_name(bytes: &[u8], from: usize) -> &[u8] {
    let rest = bytes.get(from..).unwrap_or_default();
    let n = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    &rest[..n]
}

/// LaTeX commands whose braced argument is a key, a label or a length,
/// not text: dropped with it.
const LATEX_DROPPED: [&str; 22] = [
    "cite",
    "citep",
    "citet",
    "citealp",
    "citeauthor",
    "citeyear",
    "ref",
    "eqref",
    "autoref",
    "cref",
    "Cref",
    "pageref",
    "label",
    "vspace",
    "hspace",
    "includegraphics",
    "input",
    "include",
    "bibliography",
    "bibliographystyle",
    "begin",
    "end",
];

/// LaTeX commands for symbols, and what they print.
const LATEX_SYMBOLS: [(&str, &str); 14] = [
    ("percent", "%"),
    ("approx", "\u{2248}"),
    ("sim", "\u{223c}"),
    ("times", "\u{d7}"),
    ("pm", "\u{b1}"),
    ("le", "\u{2264}"),
    ("leq", "\u{2264}"),
    ("ge", "\u{2265}"),
    ("geq", "\u{2265}"),
    ("textendash", "\u{2013}"),
    ("textemdash", "\u{2014}"),
    ("ldots", "\u{2026}"),
    ("dots", "\u{2026}"),
    ("textasciitilde", "~"),
];

struct Writer<'a> {
    src: &'a [u8],
    out: Vec<u8>,
    /// Read up to here in `src`; `out` is never longer.
    r: usize,
    shifts: Vec<Shift>,
    /// Where a span starting at `at` starts earlier, taking the markup
    /// that opens it ("\num{" of "\num{10900}", "$" of "$\approx$").
    leads: Vec<Shift>,
    /// Where a span ending at `at` ends later, taking the markup that
    /// closes it ("}" of "\num{10900}").
    tails: Vec<Shift>,
    /// Inside "$…$".
    math: bool,
    /// LaTeX's open brace groups, innermost last, up to 256 deep; the
    /// count of those deeper.
    groups: Vec<Group>,
    deep_groups: usize,
    /// What the next brace opens (set by the command before it).
    next_group: Group,
    /// The next line break ends a heading, and stays one.
    keep_newline: bool,
}

#[derive(Clone, Copy)]
enum Group {
    Plain,
    /// The argument of a number's macro ("\num{10900}", "\SI{27}{\percent}"):
    /// its braces and the macro are the figure's span.
    Number,
    Heading,
    Footnote,
}

/// Whether the line break at `at` ends or opens a blank line.
fn blank_line_beside(src: &[u8], at: usize) -> bool {
    let blank = |b: &u8| *b == b' ' || *b == b'\t' || *b == b'\r';
    let after = src[at + 1..].iter().find(|b| !blank(b));
    let before = src[..at].iter().rev().find(|b| !blank(b));
    after.is_none_or(|&b| b == b'\n') || before.is_none_or(|&b| b == b'\n')
}

impl Writer<'_> {
    /// Notes where the copy and the text as written now stand, before and
    /// after a change of the gap between them. Where text was dropped, two
    /// shifts share an offset of the copy: the first is where a span
    /// ending there ends, the second where one starting there starts.
    fn mark(&mut self) {
        let s = Shift { at: self.out.len(), written: self.r };
        let n = self.shifts.len();
        let same_at = self.shifts.iter().rev().take(2).filter(|l| l.at == s.at).count();
        match self.shifts.last_mut() {
            Some(last) if *last == s => {}
            Some(last) if same_at == 2 => *last = s,
            None if s.at == s.written => {}
            _ => {
                debug_assert!(n == 0 || self.shifts[n - 1].at <= s.at);
                self.shifts.push(s);
            }
        }
    }

    /// Fills the room decoding has saved with spaces, so the copy and the
    /// text as written line up again.
    fn flush(&mut self) {
        if self.out.len() < self.r {
            self.mark();
            self.out.resize(self.r, b' ');
            self.mark();
        }
    }

    /// Copies `n` bytes as they are; the room saved so far goes at the
    /// line's end (as trailing spaces, which no reading counts: spaces
    /// inside a line would read as a table's gaps between cells).
    fn copy(&mut self, n: usize) {
        for _ in 0..n {
            let Some(&b) = self.src.get(self.r) else { return };
            if b == b'\n' || b == b'\r' {
                self.flush();
            }
            self.out.push(b);
            self.r += 1;
        }
    }

    /// Writes `bytes` for the next `len` bytes of the text.
    fn put(&mut self, bytes: &[u8], len: usize) {
        debug_assert!(bytes.len() <= len);
        if bytes.first().is_some_and(|&b| b == b'\n' || b == b'\r') {
            self.flush();
        }
        // As long as what it stands for ("~" a space): no shift to note.
        if bytes.len() == len {
            self.out.extend_from_slice(bytes);
            self.r += len;
            return;
        }
        self.mark();
        self.out.extend_from_slice(bytes);
        self.r += len;
        self.mark();
    }

    /// Drops markup that opens what follows it.
    fn drop_lead(&mut self, len: usize) {
        let lead = Shift { at: self.out.len(), written: self.r };
        if self.leads.last().is_none_or(|l| l.at != lead.at) {
            self.leads.push(lead);
        }
        self.put(&[], len);
    }

    /// Drops markup that closes what comes before it.
    fn drop_tail(&mut self, len: usize) {
        let at = self.out.len();
        let before = self.r;
        self.put(&[], len);
        let tail = Shift { at, written: self.r };
        match self.tails.last_mut() {
            Some(last) if last.at == at && last.written == before => *last = tail,
            Some(last) if last.at == at => {}
            // Only right after what it closes, not after other markup.
            _ if written_end(&self.shifts, at) == before => self.tails.push(tail),
            _ => {}
        }
    }

    /// Blanks `range` of the text (read up to its start): spaces, its line
    /// breaks kept.
    fn blank_to(&mut self, end: usize) {
        self.flush();
        while self.r < end {
            let b = self.src[self.r];
            self.out.push(if b == b'\n' || b == b'\r' { b } else { b' ' });
            self.r += 1;
        }
    }

    fn line_end(&self, from: usize) -> usize {
        memchr_from(self.src, b'\n', from).map_or(self.src.len(), |p| p + 1)
    }

    fn mail(&mut self, raw: bool) {
        let mut in_headers = raw;
        // A raw mail's body is quoted-printable only where its headers say
        // so; escapes found without headers say so themselves.
        let mut qp = !raw;
        let mut part_qp = false;
        let mut boundaries: Vec<Vec<u8>> = Vec::new();
        let mut line_start = true;
        let mut kept_field = true;
        while self.r < self.src.len() {
            if line_start {
                let end = self.line_end(self.r);
                let line = std::str::from_utf8(&self.src[self.r..end]).unwrap_or_default();
                if line.trim().is_empty() {
                    if in_headers {
                        in_headers = false;
                        qp = part_qp || !raw;
                    }
                    self.copy(end - self.r);
                    continue;
                }
                // A MIME part's boundary, as a header declared it, and the
                // part's own headers after it.
                let boundary = line
                    .strip_prefix("--")
                    .is_some_and(|rest| boundaries.iter().any(|b| rest.as_bytes().starts_with(b)));
                if boundary {
                    self.blank_to(end);
                    in_headers = true;
                    part_qp = false;
                    continue;
                }
                if in_headers {
                    let continued = line.starts_with([' ', '\t']);
                    if !continued {
                        match field_name(line) {
                            Some(name) => {
                                kept_field = MAIL_FIELDS_READ.contains(&name.as_str());
                                let value = line[name.len() + 1..].trim().to_ascii_lowercase();
                                if name == "content-transfer-encoding" {
                                    part_qp = value.starts_with("quoted-printable");
                                }
                                if let Some(b) = declared_boundary(&line[name.len() + 1..])
                                    && boundaries.len() < 8
                                {
                                    boundaries.push(b.as_bytes().to_vec());
                                }
                            }
                            None => in_headers = false,
                        }
                    }
                    if in_headers && !kept_field {
                        // Its boundary may be on a folded line of its own.
                        if let Some(b) = declared_boundary(line)
                            && boundaries.len() < 8
                        {
                            boundaries.push(b.as_bytes().to_vec());
                        }
                        self.blank_to(end);
                        continue;
                    }
                }
            }
            self.mail_step(in_headers, qp);
            line_start = self.r > 0 && self.src[self.r - 1] == b'\n';
        }
    }

    /// Reads one byte, escape, soft line break or encoded word of a mail:
    /// a header's encoded words, a quoted-printable body's escapes.
    fn mail_step(&mut self, header: bool, qp: bool) {
        let src = self.src;
        let at = self.r;
        if src[at] != b'=' || !(header || qp) {
            self.copy(1);
            return;
        }
        // An encoded word of a header: "=?UTF-8?Q?Kursk_=E2=80=94_300?=".
        if header {
            if !(src.get(at + 1) == Some(&b'?') && self.encoded_word(at).is_some()) {
                self.copy(1);
            }
            return;
        }
        // A soft line break: "=" at a line's end, maybe after spaces.
        let after = at + 1 + src[at + 1..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
        let soft = match src.get(after..) {
            Some([b'\n', ..]) => Some(after + 1),
            Some([b'\r', b'\n', ..]) => Some(after + 2),
            _ => None,
        };
        if let Some(end) = soft {
            self.put(&[], end - at);
            return;
        }
        // A body escapes only "=", white space and what is not ASCII: any
        // other "=30" is text ("Total=300").
        match escaped_char(src, at).filter(|(bytes, _)| !bytes[0].is_ascii() || matches!(bytes[0], b'=' | b' ' | b'\t'))
        {
            Some((bytes, len)) => self.put(&bytes[..len / 3], len),
            None => self.copy(1),
        }
    }

    /// Decodes an encoded word in the Q encoding at `at`, if one is there.
    fn encoded_word(&mut self, at: usize) -> Option<()> {
        let src = self.src;
        // An encoded word is at most 75 characters long.
        let line_end = memchr_from(src, b'\n', at).unwrap_or(src.len()).min(at + 76);
        let line = &src[at..line_end];
        // "=?charset?Q?" then the text, closed by "?=".
        let charset_end = 2 + line.get(2..)?.iter().position(|&b| b == b'?')?;
        if !line.get(charset_end + 1).is_some_and(|b| b.eq_ignore_ascii_case(&b'q'))
            || line.get(charset_end + 2) != Some(&b'?')
        {
            return None;
        }
        let body_start = charset_end + 3;
        let body_len = line.get(body_start..)?.windows(2).position(|w| w == b"?=")?;
        self.drop_lead(body_start);
        let body_end = at + body_start + body_len;
        while self.r < body_end {
            match src[self.r] {
                b'_' => self.put(b" ", 1),
                b'=' => match escaped_char(src, self.r).filter(|&(_, len)| self.r + len <= body_end) {
                    Some((bytes, len)) => self.put(&bytes[..len / 3], len),
                    None => self.copy(1),
                },
                _ => self.copy(1),
            }
        }
        // "?=" closes the encoded word, not the word before it.
        self.put(&[], 2);
        Some(())
    }

    fn markdown(&mut self, front_matter_end: usize) {
        let src = self.src;
        // The front matter: its fences and the fields that hold no prose
        // (numbers, flags, slugs, lists, paths); a folded block (">", "|")
        // is prose.
        let mut blank_field = true;
        while self.r < front_matter_end {
            let end = self.line_end(self.r).min(front_matter_end);
            let line = std::str::from_utf8(&src[self.r..end]).unwrap_or_default();
            if let Some((key, value)) = front_matter_field(line) {
                let value = value.trim();
                let date = matches!(key, "date" | "published" | "publishdate");
                let folded = value.starts_with(['>', '|']);
                let bare = !value.contains(char::is_whitespace) || value.starts_with(['[', '{']);
                blank_field = !date && !folded && bare;
            } else if !line.starts_with([' ', '\t']) {
                blank_field = true;
            }
            if blank_field {
                self.blank_to(end);
            } else {
                self.copy(end - self.r);
            }
        }
        let mut line_start = true;
        let mut in_quote = false;
        // Where each closer ("-->", ">}}", "%}}") was last found: searched
        // again only once passed, so unclosed openers cost one search.
        let mut next_close: [Option<Option<usize>>; 3] = [None; 3];
        while self.r < src.len() {
            let at = self.r;
            let rest = &src[at..];
            if line_start {
                line_start = false;
                // A quotation's marks: a quoted paragraph opens with a
                // quotation mark, as printed ("> As" reads as "\"As").
                let indent = rest.iter().take_while(|&&b| b == b' ').count();
                let quoted = rest.get(indent) == Some(&b'>')
                    && matches!(rest.get(indent + 1), Some(b' ' | b'\n' | b'\r') | None);
                if quoted {
                    let text = &rest[indent + 1..];
                    let opens_text = text.iter().find(|&&b| b != b' ').is_some_and(|&b| b != b'\n' && b != b'\r');
                    let credit = text.trim_ascii_start().starts_with("\u{2014}".as_bytes());
                    if opens_text && !in_quote && !credit {
                        self.copy(indent);
                        if text.first() == Some(&b' ') {
                            self.put(b" \"", 2);
                        } else {
                            self.put(b"\"", 1);
                        }
                        in_quote = true;
                        continue;
                    }
                    in_quote = opens_text;
                } else {
                    in_quote = false;
                }
            }
            let close = if rest.starts_with(b"<!--") {
                Some((0, &b"-->"[..]))
            } else if rest.starts_with(b"{{<") {
                Some((1, &b">}}"[..]))
            } else if rest.starts_with(b"{{%") {
                Some((2, &b"%}}"[..]))
            } else {
                None
            };
            if let Some((which, close)) = close {
                let found = match next_close[which] {
                    Some(Some(p)) if p >= at + 3 => Some(p),
                    Some(None) => None,
                    _ => memchr::memmem::find(&src[at + 3..], close).map(|p| p + at + 3),
                };
                next_close[which] = Some(found);
                // A comment or a shortcode: nothing a reader sees.
                if let Some(p) = found {
                    self.blank_to(p + close.len());
                    continue;
                }
            }
            if rest.starts_with(b"[^") {
                // A footnote's mark reads as a note's ("[1]").
                self.copy(1);
                self.put(&[], 1);
                continue;
            }
            line_start = src[at] == b'\n';
            self.copy(1);
        }
    }

    fn latex(&mut self) {
        let src = self.src;
        while self.r < src.len() {
            let at = self.r;
            match src[at] {
                // A comment runs to the line's end, and takes the line break
                // and the next line's indent with it.
                b'%' => {
                    let mut end = self.line_end(at);
                    end += src[end..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
                    // A comment that fills its line leaves no space behind.
                    self.put(&[], end - at);
                }
                b'~' => self.put(b" ", 1),
                // A line break inside a paragraph is a space; a blank line,
                // and the line a heading ends, stay.
                b'\n' if !self.keep_newline && !blank_line_beside(src, at) => self.put(b" ", 1),
                b'\n' => {
                    self.keep_newline = false;
                    self.copy(1);
                }
                b'{' => {
                    let group = std::mem::replace(&mut self.next_group, Group::Plain);
                    if self.groups.len() < 256 {
                        self.groups.push(group);
                    } else {
                        self.deep_groups += 1;
                    }
                    match group {
                        Group::Footnote => self.put(b"(", 1),
                        Group::Number => self.drop_lead(1),
                        Group::Plain | Group::Heading => self.put(&[], 1),
                    }
                }
                b'}' => {
                    let group = match self.deep_groups.checked_sub(1) {
                        Some(d) => {
                            self.deep_groups = d;
                            Group::Plain
                        }
                        None => self.groups.pop().unwrap_or(Group::Plain),
                    };
                    match group {
                        Group::Footnote => self.put(b")", 1),
                        Group::Heading => {
                            self.keep_newline = true;
                            self.put(b"\n", 1);
                        }
                        Group::Number => {
                            self.drop_tail(1);
                            // "\SI{27}{\percent}": the unit's argument too.
                            if src.get(self.r) == Some(&b'{') {
                                self.next_group = Group::Number;
                            }
                        }
                        Group::Plain => self.put(&[], 1),
                    }
                }
                b'$' => {
                    self.math = !self.math;
                    if self.math { self.drop_lead(1) } else { self.drop_tail(1) }
                }
                b'&' => self.put(b"\t", 1),
                b'`' if src.get(at + 1) == Some(&b'`') => self.put(b"\"", 2),
                b'\'' if src.get(at + 1) == Some(&b'\'') => self.put(b"\"", 2),
                b'-' if src[at..].starts_with(b"---") => self.put("\u{2014}".as_bytes(), 3),
                b'\\' => self.latex_command(at),
                _ => self.copy(1),
            }
        }
    }

    fn latex_command(&mut self, at: usize) {
        let src = self.src;
        let name = command_name(src, at + 1);
        if name.is_empty() {
            // "\%", "\$", "\&", "\_", "\#": the sign itself; "\," a thin
            // space, "\\" a line's end.
            match src.get(at + 1) {
                Some(&c @ (b'%' | b'$' | b'&' | b'_' | b'#' | b'{' | b'}')) => self.put(&[c], 2),
                Some(b',') => self.put("\u{a0}".as_bytes(), 2),
                Some(b' ') => self.put(b" ", 2),
                Some(b'\\') => self.put(b"\n", 2),
                _ => self.copy(1),
            }
            return;
        }
        let name = std::str::from_utf8(name).unwrap_or_default();
        let end = at + 1 + name.len();
        if let Some((_, symbol)) = LATEX_SYMBOLS.iter().find(|(n, _)| *n == name) {
            self.put(symbol.as_bytes(), end - at);
            return;
        }
        if LATEX_DROPPED.contains(&name) {
            // The command, an option in brackets and its argument.
            let mut stop = end;
            if src.get(stop) == Some(&b'[') {
                // An option is short: its "]" within a line's length.
                let window = &src[stop..src.len().min(stop + 256)];
                stop = memchr::memchr(b']', window).map_or(stop, |p| stop + p + 1);
            }
            if src.get(stop) == Some(&b'{') {
                stop = matching_brace(src, stop).unwrap_or(stop);
            }
            self.put(&[], stop - at);
            return;
        }
        if name == "textsc" && src.get(end) == Some(&b'{') {
            // Small capitals are written in lowercase: an acronym's letters.
            if let Some(close) = matching_brace(src, end) {
                self.put(&[], end + 1 - at);
                let upper: Vec<u8> = src[self.r..close - 1].to_ascii_uppercase();
                self.put(&upper, upper.len());
                self.put(&[], 1);
                return;
            }
        }
        // A heading is a paragraph of its own; a footnote's text is read
        // where its mark is, in brackets; an item opens a line.
        let opens_group = src.get(end) == Some(&b'{');
        match name {
            "section" | "subsection" | "subsubsection" | "paragraph" | "chapter" | "caption" if opens_group => {
                self.next_group = Group::Heading;
                self.put(b"\n\n", end - at);
            }
            "footnote" if opens_group => {
                self.next_group = Group::Footnote;
                self.put(b" ", end - at);
            }
            "item" => self.put(b"\n- ", end - at),
            "num" | "SI" | "si" | "qty" | "numrange" | "SIrange" if opens_group => {
                self.next_group = Group::Number;
                self.drop_lead(end - at);
            }
            // Any other command is markup: its argument, if any, is text.
            _ => self.put(&[], end - at),
        }
    }
}

/// The end of the group a brace at `open` opens, after its closing brace,
/// within the line and the next few (a key or a label is short).
fn matching_brace(src: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &b) in src.get(open..src.len().min(open.saturating_add(512)))?.iter().enumerate() {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(open + i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ops::Range;

    /// The decoded copy and each decoded word's span mapped back.
    fn decode(text: &str) -> String {
        let (decoded, map) = decode_source(text).expect("a source format");
        assert_eq!(decoded.len(), text.len());
        // Every word of the copy maps back onto whole characters.
        for (start, word) in
            decoded.split_ascii_whitespace().map(|w| (w.as_ptr() as usize - decoded.as_ptr() as usize, w))
        {
            let (a, b) = (map.start(start), map.end(start + word.len()));
            assert!(text.get(a..b).is_some(), "{word:?} maps to {a}..{b}");
        }
        decoded.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn span(text: &str, word: &str) -> String {
        let (decoded, map) = decode_source(text).expect("a source format");
        let start = decoded.find(word).expect("the word");
        let range: Range<usize> = map.start(start)..map.end(start + word.len());
        text[range].to_string()
    }

    #[test]
    fn quoted_printable_reads_as_the_text_it_encodes() {
        let text = "Seoul=E2=80=99s count \u{1f4e8}: about=C2=A0300 killed and around 11,0=\n00 sent =E2=80=94 \
                    =E2=80=9Cexpendable=E2=80=9D, l=\nast week; x =3D 4.\n";
        assert_eq!(
            decode(text),
            "Seoul\u{2019}s count \u{1f4e8}: about\u{a0}300 killed and around 11,000 sent \u{2014} \
             \u{201c}expendable\u{201d}, last week; x = 4."
        );
        assert_eq!(span(text, "11,000"), "11,0=\n00");
        assert_eq!(span(text, "about\u{a0}300"), "about=C2=A0300");
        assert_eq!(span(text, "Seoul\u{2019}s"), "Seoul=E2=80=99s");
        // A stray byte or a control character is no escape.
        assert!(decode("=E2=80=99 and =E2=80=99 and =FF and =0A end").ends_with("=FF and =0A end"));
    }

    #[test]
    fn a_mail_s_machine_headers_and_boundaries_are_blank() {
        let text = "Return-Path: <b-4412@x.example>\nReceived: from mta-204 (203.0.113.42)\n\tby mx1 id 8f2\n\
                    Subject: =?UTF-8?Q?Kursk_=E2=80=94_300_dead=2C_2=2C700?=\n =?UTF-8?Q?_wounded?=\n\
                    Date: Fri, 17 Jan 2025 06:00:03 +0000\nMIME-Version: 1.0\n\
                    Content-Type: multipart/alternative; boundary=\"==_mimepart_6789a1b2c3_41\"\n\n\
                    --==_mimepart_6789a1b2c3_41\nContent-Type: text/plain; charset=UTF-8\n\n\
                    The NIS said 300 died.\n";
        assert_eq!(
            decode(text),
            "Subject: Kursk \u{2014} 300 dead, 2,700 wounded Date: Fri, 17 Jan 2025 06:00:03 +0000 The NIS said 300 died."
        );
        assert_eq!(span(text, "2,700"), "2=2C700");
        // Without a mail's source fields, "From:" and "Subject:" lines are
        // a pasted message, read as they are.
        assert!(decode_source("From: Kim\nSubject: 300 dead\n\nThe NIS said 300.").is_none());
    }

    #[test]
    fn a_markdown_source_reads_as_the_page_shows_it() {
        let text = "---\ntitle: \"Kursk \u{2014} 300 dead\"\nweight: 40\ndraft: false\n---\n\n\
                    <!-- old lede: 1,200 dead -->\nThe NIS said 300 died.[^1] {{< figure caption=\"chart 2 of 3\" >}}\n\n\
                    The HUR gave its count:\n\n> As of 27 January, about 4,000\n> were lost \u{1f4a5}.\n>\n> \u{2014} HUR\n\n\
                    [^1]: NIS briefing, 13 January 2025.\n";
        assert_eq!(
            decode(text),
            "title: \"Kursk \u{2014} 300 dead\" The NIS said 300 died.[1] The HUR gave its count: \"As of 27 January, \
             about 4,000 > were lost \u{1f4a5}. > > \u{2014} HUR [1]: NIS briefing, 13 January 2025."
        );
        // Without front matter, one footnote mark is not enough.
        assert!(decode_source("The NIS said 300 died.[^1]\n\n> quoted\n").is_none());
        assert!(decode_source("[^1] and [^2]\n\n[^1]: a\n").is_some());
    }

    /// Traps a review found: text that only looks like a source format is
    /// read as it is, and what a format holds beyond its markup stays.
    #[test]
    fn prose_that_looks_like_a_source_is_read_as_written() {
        for text in [
            // Patterns and escapes quoted in prose are no LaTeX.
            "The parser matches \\d{4}-\\d{2}-\\d{2}; about 40% of 3,000 rows \u{2014} and \\u{201C} \u{1f600}.",
            "A reader wrote: \u{201c}I type \\emph{x}, \\textbf{y} and \\ref{z}\u{201d}. About 300 firms closed.",
            // A paper's metadata is no mail's headers.
            "Received: 3 October 2024\nAccepted: 9 December 2024\nAbstract: About 4,000 households.\n",
            // A headline between rules, and a Q and A, are no front matter.
            "---\nBreaking: 300 killed in Kharkiv strike\n---\nMore to follow.\n",
            "---\nQ: How many died?\nA: About 300.\n---\n",
        ] {
            assert!(decode_source(text).is_none(), "{text:?}");
        }
        // A body in 7bit keeps its "=", as does text beside two escapes.
        let mail = "Received: from mta (203.0.113.4)\nMIME-Version: 1.0\nContent-Transfer-Encoding: 7bit\n\n\
                    LOSSES KIA=40 WIA=65 \u{2014} =E2=80=99.\n";
        assert!(decode(mail).ends_with("LOSSES KIA=40 WIA=65 \u{2014} =E2=80=99."), "{:?}", decode(mail));
        assert!(decode("Odd =E2=80=98marks=E2=80=99 aside, the sheet read Total=300.\n").ends_with("Total=300."));
        // A line of dashes is no MIME boundary unless a header declared it.
        let mail = "Return-Path: <desk@example.org>\nContent-Type: text/plain\n\nCasualties\n----------\nKilled: 300\n";
        assert!(decode(mail).ends_with("Casualties ---------- Killed: 300"), "{:?}", decode(mail));
        // Front matter keeps its prose and date, and blanks its numbers.
        let md = "---\nheadline: \"About 300 killed in Kharkiv\"\ndate: 2025-01-03\nweight: 40\ntags: [a, b]\n---\n\nText.[^1]\n";
        assert_eq!(decode(md), "headline: \"About 300 killed in Kharkiv\" date: 2025-01-03 Text.[1]");
        // A quotation's last bare ">" ends the text without harm.
        assert!(
            decode("---\ntitle: K\ndraft: true\n---\n\n> As of 27 January, about 4,000.\n>\n").ends_with("4,000. >")
        );
        // Markup that is not a number's leaves a figure's span alone.
        let tex = "\\section{A}\\label{b} \\cite{c} \\emph{about 300} people fled.";
        assert_eq!(span(tex, "about 300"), "about 300");
    }

    #[test]
    fn latex_reads_as_the_text_it_prints() {
        let text = "% Draft v4 -- reviewer 2 wanted 3 places\n\\section{Losses}\\label{sec:3}\n\
                    The \\textsc{nis} said on 19~December~2024 that about~100 died and 1{,}100 were hurt, \
                    \\SI{27}{\\percent} of the force~\\cite{nis2024}; 30\\% --- ``roughly 11\\,000''.%\n\
                    \\footnote{See Table~\\ref{tab:x}.}\n\\begin{tabular}{lr}\nNIS & 1{,}100 \\\\\n\\end{tabular}\n";
        assert_eq!(
            decode(text),
            "Losses The NIS said on 19 December 2024 that about 100 died and 1,100 were hurt, 27% of the force ; \
             30% \u{2014} \"roughly 11\u{a0}000\". (See Table .) lr NIS 1,100"
        );
        assert_eq!(span(text, "1,100"), "1{,}100");
        assert_eq!(span(text, "27%"), "\\SI{27}{\\percent}");
        let text =
            "\\section{A} \\label{x} \\cite{y} The count stood at \\num{10900}.% note\nWe adopt $\\approx$ 11{,}000.";
        assert_eq!(span(text, "10900"), "\\num{10900}");
        let (decoded, map) = decode_source(text).expect("LaTeX");
        let (hedge, figure) =
            (decoded.find('\u{2248}').expect("the hedge"), decoded.find("11,000").expect("the figure"));
        assert_eq!(&text[map.start(hedge)..map.end(figure + 6)], "$\\approx$ 11{,}000");
        // Prose that mentions a command or two is no LaTeX source.
        assert!(decode_source("Use \\section{} to open one; 50% = half.").is_none());
    }
}
