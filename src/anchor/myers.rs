//! Approximate string search over `char`s: Myers's bit-parallel algorithm
//! (1999), in the blocked form for patterns longer than 64 code points
//! (Hyyrö's formulation, as edlib writes it), plus the small dynamic
//! programs that find where a match starts and how alike two contexts are.
//!
//! The search runs in time linear in the text for a given pattern
//! (`O(n · ⌈m/64⌉)`), without recursion.

use std::collections::HashMap;

/// The pattern prepared for searching: one match mask per pattern
/// character and 64-row block.
pub(crate) struct Pattern {
    len: usize,
    blocks: usize,
    /// Masks of the ASCII characters, `blocks` words each.
    ascii: Vec<u64>,
    /// Masks of the other characters of the pattern.
    other: HashMap<char, Vec<u64>>,
    zeros: Vec<u64>,
}

impl Pattern {
    pub(crate) fn new(pattern: &[char]) -> Pattern {
        let blocks = pattern.len().div_ceil(64).max(1);
        let mut ascii = vec![0u64; 128 * blocks];
        let mut other: HashMap<char, Vec<u64>> = HashMap::new();
        for (i, &c) in pattern.iter().enumerate() {
            let (block, bit) = (i / 64, i % 64);
            if c.is_ascii() {
                ascii[c as usize * blocks + block] |= 1 << bit;
            } else {
                other.entry(c).or_insert_with(|| vec![0; blocks])[block] |= 1 << bit;
            }
        }
        Pattern { len: pattern.len(), blocks, ascii, other, zeros: vec![0; blocks] }
    }

    fn masks(&self, c: char) -> &[u64] {
        if c.is_ascii() {
            let at = c as usize * self.blocks;
            &self.ascii[at..at + self.blocks]
        } else {
            self.other.get(&c).map_or(&self.zeros, Vec::as_slice)
        }
    }
}

/// One column step of one 64-row block. `hin` is the horizontal delta
/// entering the block's top row (-1, 0 or 1); returns the delta leaving
/// row `out_bit` and the delta leaving the block's last row (bit 63) for
/// the next block, and updates the vertical deltas.
#[inline]
fn step(pv: &mut u64, mv: &mut u64, eq: u64, hin: i32, out_bit: u32) -> (i32, i32) {
    let mut eq = eq;
    let xv = eq | *mv;
    if hin < 0 {
        eq |= 1;
    }
    let xh = (((eq & *pv).wrapping_add(*pv)) ^ *pv) | eq;
    let mut ph = *mv | !(xh | *pv);
    let mut mh = *pv & xh;
    let delta = |ph: u64, mh: u64, bit: u32| ((ph >> bit) & 1) as i32 - ((mh >> bit) & 1) as i32;
    let at_out = delta(ph, mh, out_bit);
    let hout = delta(ph, mh, 63);
    ph <<= 1;
    mh <<= 1;
    if hin < 0 {
        mh |= 1;
    } else if hin > 0 {
        ph |= 1;
    }
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    (at_out, hout)
}

/// For every end position `j` (exclusive, in code points) of `text`, the
/// least number of edits that turn `pattern` into some substring ending at
/// `j`; calls `found(j, edits)` for each `j` where that is at most `k`.
pub(crate) fn search(pattern: &Pattern, text: &[char], k: usize, mut found: impl FnMut(usize, usize)) {
    let m = pattern.len;
    if m == 0 {
        return;
    }
    let blocks = pattern.blocks;
    let mut pv = vec![u64::MAX; blocks];
    let mut mv = vec![0u64; blocks];
    let last_bit = ((m - 1) % 64) as u32;
    let mut score = m as i64;
    for (j, &c) in text.iter().enumerate() {
        let masks = pattern.masks(c);
        let mut hin = 0;
        for b in 0..blocks {
            let last = b + 1 == blocks;
            let (at_out, hout) = step(&mut pv[b], &mut mv[b], masks[b], hin, if last { last_bit } else { 63 });
            if last {
                score += i64::from(at_out);
            }
            hin = hout;
        }
        if score >= 0 && score as usize <= k {
            found(j + 1, score as usize);
        }
    }
}

/// Where matches of `pattern` ending at `end` may start: every start `s`
/// (at most `pattern.len() + k` before `end`) with the edits from
/// `pattern` to `text[s..end]` when they are at most `k`, fewest edits
/// first, then the span closest to the pattern's length. `O(m · (m + k))`.
pub(crate) fn starts(pattern: &[char], text: &[char], end: usize, k: usize) -> Vec<(usize, usize)> {
    let m = pattern.len();
    let reach = (m + k).min(end);
    // Columns: t code points taken backwards from `end`; rows: the
    // pattern's last i code points. prev[t] = edits(pattern[m-i..], text[end-t..end]).
    let mut prev: Vec<usize> = (0..=reach).collect();
    let mut cur = vec![0usize; reach + 1];
    for i in 1..=m {
        let p = pattern[m - i];
        cur[0] = i;
        for t in 1..=reach {
            let differs = usize::from(p != text[end - t]);
            cur[t] = (prev[t - 1] + differs).min(prev[t] + 1).min(cur[t - 1] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let mut takes: Vec<usize> = (1..=reach).filter(|&t| prev[t] <= k).collect();
    takes.sort_by_key(|&t| (prev[t], t.abs_diff(m)));
    takes.into_iter().map(|t| (end - t, prev[t])).collect()
}

/// Levenshtein distance between two short strings of code points.
#[cfg(test)]
fn distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The fewest edits from `a` to some start of `b` (`b[..t]` for any `t`):
/// how well an old suffix still reads after a quote, whatever the length
/// of the text it is compared with.
pub(crate) fn distance_to_a_start(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.iter().copied().min().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The plain dynamic program the bit-parallel search must agree with.
    fn slow_scores(pattern: &[char], text: &[char]) -> Vec<usize> {
        let mut col: Vec<usize> = (0..=pattern.len()).collect();
        let mut out = Vec::new();
        for &c in text {
            let mut next = vec![0usize; pattern.len() + 1];
            for i in 1..=pattern.len() {
                next[i] = (col[i - 1] + usize::from(pattern[i - 1] != c)).min(col[i] + 1).min(next[i - 1] + 1);
            }
            out.push(next[pattern.len()]);
            col = next;
        }
        out
    }

    fn fast_scores(pattern: &[char], text: &[char]) -> Vec<usize> {
        let mut out = vec![usize::MAX; text.len()];
        search(&Pattern::new(pattern), text, usize::MAX, |j, d| out[j - 1] = d);
        out
    }

    #[test]
    fn bit_parallel_scores_equal_the_dynamic_program() {
        let text =
            chars("Over 5,000\u{a0}casualties “were” reported 😀 — about 4,000 killed, nearly half of 11,000 😀.");
        for pattern in ["5,000 casualties", "“were”", "😀 — ab", "x", "nearly half of 11,000 😀"] {
            let p = chars(pattern);
            assert_eq!(fast_scores(&p, &text), slow_scores(&p, &text), "{pattern}");
        }
        // Longer than one 64-row block, and exactly two blocks.
        let long: String = "the ministry said “over 5,000” were killed or wounded in the Kursk region 😀 ".repeat(3);
        let text = chars(&long.replace("5,000", "5,300").replace('“', "\""));
        for len in [64, 65, 128, 150] {
            let p: Vec<char> = long.chars().take(len).collect();
            assert_eq!(fast_scores(&p, &text), slow_scores(&p, &text), "len {len}");
        }
    }

    #[test]
    fn a_match_start_is_found_backwards_from_its_end() {
        let text = chars("said «over 5,300\u{a0}casualties» today");
        let pattern = chars("over 5,000 casualties");
        let end = 6 + pattern.len();
        assert_eq!(starts(&pattern, &text, end, 10).first(), Some(&(6, 2)));
        assert_eq!(distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(distance(&chars(""), &chars("😀😀")), 2);
        assert_eq!(distance_to_a_start(&chars(", the update"), &chars(" 😀, the update said")), 2);
        assert_eq!(distance_to_a_start(&chars(""), &chars("x")), 0);
    }
}
