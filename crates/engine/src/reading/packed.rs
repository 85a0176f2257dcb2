//! Columns of fixed-width values written as one run of little-endian bytes when a part of a
//! file travels between workers (see [`super::parts`]).
//!
//! Serde writes a `Vec<u32>` value by value, which for the columns of half a million rows
//! took most of the time a part spent being sent and received; as bytes it is a copy.
//! Used as `#[serde(with = "super::packed")]` on a field of such values.
//!

use serde::de::Error;
use serde::{Deserializer, Serializer};
use std::borrow::Cow;

/// A value written as fixed-width little-endian bytes.
pub(super) trait Packed: Copy {
    /// Writes `values` as one run of bytes and hands them to `write`.
    fn write<R>(values: &[Self], write: impl FnOnce(&[u8]) -> R) -> R;
    /// Reads values written by [`Packed::write`], or `None` when `bytes` cannot be some.
    fn read(bytes: &[u8]) -> Option<Vec<Self>>;
}

macro_rules! packed_number {
    ($($t:ty),*) => {$(
        impl Packed for $t {
            fn write<R>(values: &[$t], write: impl FnOnce(&[u8]) -> R) -> R {
                // On a little-endian machine (WebAssembly, x86, ARM) the values are their
                // bytes already, and are not copied.
                if cfg!(target_endian = "little") {
                    write(bytemuck::cast_slice(values))
                } else {
                    let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
                    write(&bytes)
                }
            }
            fn read(bytes: &[u8]) -> Option<Vec<$t>> {
                const WIDTH: usize = std::mem::size_of::<$t>();
                if !bytes.len().is_multiple_of(WIDTH) {
                    return None;
                }
                // Copied out, as the bytes need not be aligned for the values.
                let mut values: Vec<$t> = bytemuck::pod_collect_to_vec(bytes);
                if cfg!(target_endian = "big") {
                    values.iter_mut().for_each(|v| *v = <$t>::from_le(*v));
                }
                Some(values)
            }
        }
    )*};
}

packed_number!(u8, u16, u32);

/// Amounts as their bits.
impl Packed for f64 {
    fn write<R>(values: &[f64], write: impl FnOnce(&[u8]) -> R) -> R {
        u64::write(bytemuck::cast_slice(values), write)
    }
    fn read(bytes: &[u8]) -> Option<Vec<f64>> {
        Some(u64::read(bytes)?.into_iter().map(f64::from_bits).collect())
    }
}

packed_number!(u64);

/// Writes `values` as one run of bytes.
pub(super) fn serialize<T: Packed, S: Serializer>(values: &[T], s: S) -> Result<S::Ok, S::Error> {
    T::write(values, |bytes| s.serialize_bytes(bytes))
}

/// Reads values written by [`serialize`].
pub(super) fn deserialize<'de, T: Packed, D: Deserializer<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    let bytes: Cow<'de, [u8]> = serde_bytes::deserialize(d)?;
    T::read(&bytes).ok_or_else(|| D::Error::custom("packed values of the wrong length"))
}

#[cfg(test)]
mod tests {
    use super::super::date::Stamp;
    use crate::basics::calendar::Date;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Columns {
        #[serde(with = "super")]
        codes: Vec<u16>,
        #[serde(with = "super")]
        amounts: Vec<f64>,
        #[serde(with = "super")]
        stamps: Vec<Stamp>,
    }

    #[test]
    fn values_come_back_as_they_went() {
        let columns = Columns {
            codes: vec![0, 1, 65_535],
            amounts: vec![-0.5, 1e300, f64::MIN_POSITIVE],
            stamps: vec![
                Stamp {
                    date: Date(-3),
                    minute: Some(1_439),
                },
                Stamp {
                    date: Date(i32::MIN),
                    minute: None,
                },
            ],
        };
        let bytes = postcard::to_allocvec(&columns).unwrap();
        // The lengths, then 2 bytes a code, 8 an amount and 6 a stamp.
        assert_eq!(bytes.len(), 3 + 6 + 24 + 12);
        assert_eq!(postcard::from_bytes::<Columns>(&bytes).unwrap(), columns);
        let nan: Vec<f64> = postcard::from_bytes::<Columns>(
            &postcard::to_allocvec(&Columns {
                codes: vec![],
                amounts: vec![f64::NAN],
                stamps: vec![],
            })
            .unwrap(),
        )
        .unwrap()
        .amounts;
        assert!(nan[0].is_nan());
        assert!(postcard::from_bytes::<Columns>(&[1, 0, 0, 0]).is_err());
    }
}
