//! The built-in sample shop: 4,000 orders of 666 customers made by the shared generator
//! (`gen_orders.py 4000 --seed 7`), so the page shows its job without a file.
//!
//! It is embedded packed column by column (`crates/engine/assets/sample-shop.bin`, made from
//! `sample-shop.csv` by `pack_sample.py` beside it, which documents the layout): half
//! the compressed size of the CSV. [`sample_shop_csv`] unpacks it to the CSV's exact bytes,
//! which then go through the same reader as any merchant's file.

use crate::basics::calendar::Date;
use std::fmt::Write;

const PACKED: &[u8] = include_bytes!("../../assets/sample-shop.bin");

/// Reads the packed bytes in order.
struct Unpacker<'a> {
    bytes: &'a [u8],
}

impl<'a> Unpacker<'a> {
    fn varint(&mut self) -> usize {
        let mut value = 0usize;
        let mut shift = 0;
        while let Some((&byte, rest)) = self.bytes.split_first() {
            self.bytes = rest;
            value |= usize::from(byte & 0x7F) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
        }
        value
    }

    fn line(&mut self) -> &'a str {
        let end = self
            .bytes
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(self.bytes.len());
        let (line, rest) = self.bytes.split_at(end);
        self.bytes = rest.get(1..).unwrap_or_default();
        std::str::from_utf8(line).unwrap_or_default()
    }

    fn lines(&mut self, n: usize) -> Vec<&'a str> {
        (0..n).map(|_| self.line()).collect()
    }

    fn varints(&mut self, n: usize) -> Vec<usize> {
        (0..n).map(|_| self.varint()).collect()
    }
}

/// The sample shop as the CSV file it was packed from.
pub fn sample_shop_csv() -> Vec<u8> {
    let mut p = Unpacker {
        bytes: PACKED.strip_prefix(b"SEGS1").unwrap_or_default(),
    };
    let header = p.line();
    let customers = p.varint();
    // customer_id, country, region, postal_code, customer_age, customer_gender, email
    let details: Vec<Vec<&str>> = (0..7).map(|_| p.lines(customers)).collect();
    let categories = p.varint();
    let categories = p.lines(categories);
    let orders = p.varint();
    let first_id = p.varint();
    let mut day = Date(p.varint() as i32);
    let [customer, gap, cents, quantity, category] = [(); 5].map(|_| p.varints(orders));
    let mut csv = String::with_capacity(orders * 100);
    csv.push_str(header);
    csv.push('\n');
    for o in 0..orders {
        day = day.plus_days(gap[o] as i32);
        let c = customer[o].min(customers.saturating_sub(1));
        let detail = |i: usize| details[i].get(c).copied().unwrap_or_default();
        let _ = writeln!(
            csv,
            "{},{},{day},{}.{:02},{},{},{},{},{},{},{},{}",
            first_id + o,
            detail(0),
            cents[o] / 100,
            cents[o] % 100,
            quantity[o],
            categories.get(category[o]).copied().unwrap_or_default(),
            detail(1),
            detail(2),
            detail(3),
            detail(4),
            detail(5),
            detail(6),
        );
    }
    csv.into_bytes()
}

#[cfg(test)]
mod tests {
    #[test]
    fn unpacks_to_the_exact_csv() {
        let original = include_bytes!("../../assets/sample-shop.csv");
        assert!(super::sample_shop_csv() == original.as_slice());
    }
}
