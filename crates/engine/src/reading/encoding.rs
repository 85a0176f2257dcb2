//! Bytes → UTF-8: which character encoding a file uses, and decoding it chunk by chunk.
//!
//! Everything after this stage works on UTF-8. Valid UTF-8 input passes through without a
//! copy, which is what almost every export is. Excel's "Unicode text" is UTF-16 with a
//! byte-order mark; older Excel and many European tools write Windows-1252 (a superset of
//! ISO-8859-1 for every printable character), recognised because its accented letters are
//! not valid UTF-8. Both are small enough to decode here directly: a general-purpose
//! decoder such as `encoding_rs` carries tables for dozens of encodings we never meet.

use segmenter_words::{Key, Language};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A character encoding the reader understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16, little-endian (Excel's "Unicode text" on Windows).
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1252, also read for ISO-8859-1 files.
    Windows1252,
}

impl Encoding {
    /// Every encoding, in the order the page offers them.
    pub const ALL: [Encoding; 4] = [
        Encoding::Utf8,
        Encoding::Windows1252,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
    ];

    /// The name shown to the merchant, in `language`: "UTF-16 (little-endian)".
    pub fn label(self, language: Language) -> String {
        let key = match self {
            Encoding::Utf8 => Key::OverviewUtf8,
            Encoding::Utf16Le => Key::OverviewUtf16Le,
            Encoding::Utf16Be => Key::OverviewUtf16Be,
            Encoding::Windows1252 => Key::OverviewWindows1252,
        };
        language.text(key, &[])
    }
}

/// The encoding found at the start of a file, and how many bytes of byte-order mark to skip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detected {
    /// The encoding.
    pub encoding: Encoding,
    /// Length of the byte-order mark, 0 when there is none.
    pub bom_len: usize,
}

/// Detects the encoding from the first bytes of a file.
///
/// A byte-order mark decides; without one, UTF-16 shows as ASCII text with every other byte
/// zero, and text that is not valid UTF-8 is Windows-1252. `complete` says whether `head` is
/// the whole file, so that a multi-byte character cut off at its end is not held against UTF-8.
pub fn detect_encoding(head: &[u8], complete: bool) -> Detected {
    let bom = |encoding, bom_len| Detected { encoding, bom_len };
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return bom(Encoding::Utf8, 3);
    }
    if head.starts_with(&[0xFF, 0xFE]) {
        return bom(Encoding::Utf16Le, 2);
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return bom(Encoding::Utf16Be, 2);
    }
    if let Some(encoding) = utf16_without_bom(head) {
        return bom(encoding, 0);
    }
    match std::str::from_utf8(head) {
        Ok(_) => bom(Encoding::Utf8, 0),
        Err(e) if e.error_len().is_none() && !complete => bom(Encoding::Utf8, 0),
        Err(_) => bom(Encoding::Windows1252, 0),
    }
}

/// UTF-16 without a byte-order mark: mostly ASCII text where the high byte of each unit is 0.
fn utf16_without_bom(head: &[u8]) -> Option<Encoding> {
    let units = head.len().min(4096) / 2;
    if units < 8 {
        return None;
    }
    let zeros_at = |parity: usize| (0..units).filter(|i| head[2 * i + parity] == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    // Mostly-ASCII text: most high bytes are zero, almost no low bytes are.
    let mostly = |n: usize| n * 10 >= units * 7;
    let hardly = |n: usize| n * 20 <= units;
    if mostly(odd) && hardly(even) {
        Some(Encoding::Utf16Le)
    } else if mostly(even) && hardly(odd) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Decodes a file to UTF-8 one chunk at a time, carrying characters split across chunks.
#[derive(Debug)]
pub struct Decoder {
    encoding: Encoding,
    carry: Vec<u8>,
    out: Vec<u8>,
    /// Bytes in a UTF-8 file that were not valid UTF-8 and were read as Windows-1252.
    pub repaired_bytes: u64,
    /// UTF-16 code units that were not part of a valid character (shown as U+FFFD).
    pub invalid_units: u64,
}

impl Decoder {
    /// A decoder for `encoding`; the byte-order mark must already be skipped.
    pub fn new(encoding: Encoding) -> Decoder {
        Decoder {
            encoding,
            carry: Vec::new(),
            out: Vec::new(),
            repaired_bytes: 0,
            invalid_units: 0,
        }
    }

    /// Decodes the next chunk; `last` marks the end of the file. Returns UTF-8 bytes,
    /// borrowing `input` itself when it is valid UTF-8 and nothing is carried over.
    pub fn decode<'a>(&'a mut self, input: &'a [u8], last: bool) -> Cow<'a, [u8]> {
        match self.encoding {
            Encoding::Utf8 => self.decode_utf8(input, last),
            Encoding::Windows1252 => {
                self.out.clear();
                push_windows_1252(input, &mut self.out);
                Cow::Borrowed(&self.out)
            }
            Encoding::Utf16Le => self.decode_utf16(input, last, u16::from_le_bytes),
            Encoding::Utf16Be => self.decode_utf16(input, last, u16::from_be_bytes),
        }
    }

    fn decode_utf8<'a>(&'a mut self, input: &'a [u8], last: bool) -> Cow<'a, [u8]> {
        let data: Cow<'a, [u8]> = if self.carry.is_empty() {
            Cow::Borrowed(input)
        } else {
            let mut joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(input);
            Cow::Owned(joined)
        };
        let (valid, rest) = match std::str::from_utf8(&data).map(|_| ()) {
            Ok(_) => return data,
            Err(e) if e.error_len().is_none() && !last => {
                let cut = e.valid_up_to();
                self.carry.extend_from_slice(&data[cut..]);
                match data {
                    Cow::Borrowed(b) => return Cow::Borrowed(&b[..cut]),
                    Cow::Owned(mut v) => {
                        v.truncate(cut);
                        return Cow::Owned(v);
                    }
                }
            }
            Err(e) => data.split_at(e.valid_up_to()),
        };
        // Invalid sequences: read them byte by byte as Windows-1252, the usual cause of a
        // stray non-UTF-8 byte (a line pasted from another file), so no character is lost.
        let mut out = Vec::with_capacity(data.len() + 16);
        out.extend_from_slice(valid);
        let mut rest = rest;
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(_) => {
                    out.extend_from_slice(rest);
                    break;
                }
                Err(e) => {
                    let (ok, bad) = rest.split_at(e.valid_up_to());
                    out.extend_from_slice(ok);
                    let bad_len = match e.error_len() {
                        Some(n) => n,
                        None if !last => {
                            self.carry.extend_from_slice(bad);
                            break;
                        }
                        None => bad.len(),
                    };
                    push_windows_1252(&bad[..bad_len], &mut out);
                    self.repaired_bytes += bad_len as u64;
                    rest = &bad[bad_len..];
                }
            }
        }
        Cow::Owned(out)
    }

    fn decode_utf16<'a>(
        &'a mut self,
        input: &'a [u8],
        last: bool,
        unit: fn([u8; 2]) -> u16,
    ) -> Cow<'a, [u8]> {
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(input);
        let whole = bytes.len() / 2 * 2;
        let mut units: Vec<u16> = bytes[..whole]
            .chunks_exact(2)
            .map(|p| unit([p[0], p[1]]))
            .collect();
        // Keep a trailing odd byte, or a high surrogate waiting for its pair, for the next chunk.
        let mut keep = bytes[whole..].to_vec();
        if !last {
            if let Some(&u) = units.last() {
                if (0xD800..0xDC00).contains(&u) {
                    units.pop();
                    let mut pending = bytes[whole - 2..whole].to_vec();
                    pending.extend_from_slice(&keep);
                    keep = pending;
                }
            }
        }
        self.out.clear();
        let mut buf = [0u8; 4];
        for c in char::decode_utf16(units) {
            let c = c.unwrap_or_else(|_| {
                self.invalid_units += 1;
                char::REPLACEMENT_CHARACTER
            });
            self.out
                .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        if last && !keep.is_empty() {
            self.invalid_units += 1;
            self.out
                .extend_from_slice(char::REPLACEMENT_CHARACTER.encode_utf8(&mut buf).as_bytes());
            keep.clear();
        }
        self.carry = keep;
        Cow::Borrowed(&self.out)
    }
}

/// Windows-1252's characters for bytes 0x80–0x9F; the five bytes it leaves undefined map to
/// the C1 controls, as browsers do. Bytes from 0xA0 are Latin-1, equal to their code point.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn push_windows_1252(input: &[u8], out: &mut Vec<u8>) {
    out.reserve(input.len());
    let mut buf = [0u8; 4];
    for &b in input {
        if b < 0x80 {
            out.push(b);
        } else {
            let c = match b {
                0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
                _ => char::from(b),
            };
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// Encodes UTF-8 text as Windows-1252, for tests and fixtures; `None` when a character
/// has no Windows-1252 byte.
pub fn encode_windows_1252(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| match c as u32 {
            0..=0x7F | 0xA0..=0xFF => Some(c as u8),
            _ => WINDOWS_1252_HIGH
                .iter()
                .position(|&h| h == c)
                .map(|i| 0x80 + i as u8),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(encoding: Encoding, bytes: &[u8], chunk: usize) -> String {
        let mut decoder = Decoder::new(encoding);
        let mut text = Vec::new();
        let chunks: Vec<&[u8]> = bytes.chunks(chunk.max(1)).collect();
        for (i, c) in chunks.iter().enumerate() {
            text.extend_from_slice(&decoder.decode(c, i + 1 == chunks.len()));
        }
        if chunks.is_empty() {
            text.extend_from_slice(&decoder.decode(&[], true));
        }
        String::from_utf8(text).unwrap()
    }

    #[test]
    fn detects_byte_order_marks() {
        assert_eq!(detect_encoding(b"\xEF\xBB\xBFa,b", true).bom_len, 3);
        assert_eq!(
            detect_encoding(b"\xFF\xFEa\0", true).encoding,
            Encoding::Utf16Le
        );
        assert_eq!(
            detect_encoding(b"\xFE\xFF\0a", true).encoding,
            Encoding::Utf16Be
        );
    }

    #[test]
    fn tells_windows_1252_from_utf8() {
        let name = "Chloé Œuvray";
        assert_eq!(
            detect_encoding(name.as_bytes(), true).encoding,
            Encoding::Utf8
        );
        let legacy = encode_windows_1252(name).unwrap();
        assert_eq!(
            detect_encoding(&legacy, true).encoding,
            Encoding::Windows1252
        );
        assert_eq!(decode_all(Encoding::Windows1252, &legacy, 3), name);
    }

    #[test]
    fn a_cut_character_at_the_end_of_a_sample_is_still_utf8() {
        let text = "name\nZoë";
        let cut = &text.as_bytes()[..text.len() - 1];
        assert_eq!(detect_encoding(cut, false).encoding, Encoding::Utf8);
        assert_eq!(detect_encoding(cut, true).encoding, Encoding::Windows1252);
    }

    #[test]
    fn utf8_split_across_every_chunk_boundary_decodes_exactly() {
        let text = "id;name\n1;Chloé Œuvray\n2;Zoë 😀 Ångström\n";
        for chunk in 1..8 {
            assert_eq!(decode_all(Encoding::Utf8, text.as_bytes(), chunk), text);
        }
    }

    #[test]
    fn stray_latin1_bytes_in_utf8_are_kept_as_windows_1252() {
        let mut bytes = "café;".as_bytes().to_vec();
        bytes.extend_from_slice(b"caf\xE9");
        let mut decoder = Decoder::new(Encoding::Utf8);
        let out = decoder.decode(&bytes, true).into_owned();
        assert_eq!(String::from_utf8(out).unwrap(), "café;café");
        assert_eq!(decoder.repaired_bytes, 1);
    }

    #[test]
    fn utf16_in_both_byte_orders_and_any_chunking() {
        let text = "Kunde\tBetrag\nJürgen 😀\t12,50\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for chunk in 1..6 {
            assert_eq!(decode_all(Encoding::Utf16Le, &le, chunk), text);
            assert_eq!(decode_all(Encoding::Utf16Be, &be, chunk), text);
        }
        assert_eq!(detect_encoding(&le, true).encoding, Encoding::Utf16Le);
        assert_eq!(detect_encoding(&be, true).encoding, Encoding::Utf16Be);
    }
}
