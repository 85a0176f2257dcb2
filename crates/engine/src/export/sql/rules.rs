//! A scheme's conditions as SQL, over the customers' feature columns. Every condition is
//! written so that it is TRUE or FALSE, never NULL, for a customer whose value is unknown:
//! as in the engine, an unknown value matches no comparison, and `NOT` of a condition is
//! then TRUE.

use super::dialect::Dialect;
use super::SqlError;
use crate::features::FeatureKind;
use crate::segmentation::scheme::Condition;

/// A feature column the conditions can read.
pub trait Features {
    /// The column holding feature `id` for the customer in the row, and its kind; `None`
    /// when the SQL does not compute it.
    fn column(&self, id: &str) -> Option<(String, FeatureKind)>;
}

/// `condition` as a boolean SQL expression.
pub fn condition(d: Dialect, c: &Condition, features: &dyn Features) -> Result<String, SqlError> {
    let column = |id: &str, needs: FeatureKind| -> Result<String, SqlError> {
        let (expr, kind) = features
            .column(id)
            .ok_or_else(|| SqlError::UnsupportedFeature {
                feature: id.to_string(),
            })?;
        // Numbers compare as numbers; so do dates, as day numbers, but the rules the
        // engine writes compare dates as dates.
        if kind != needs {
            return Err(SqlError::WrongKind {
                feature: id.to_string(),
                needs,
            });
        }
        Ok(expr)
    };
    let group = |of: &[Condition], joiner: &str, empty: &str| -> Result<String, SqlError> {
        if of.is_empty() {
            return Ok(empty.to_string());
        }
        let parts: Vec<String> = of
            .iter()
            .map(|c| condition(d, c, features))
            .collect::<Result<_, _>>()?;
        Ok(format!("({})", parts.join(joiner)))
    };
    Ok(match c {
        Condition::Always => "TRUE".to_string(),
        Condition::All(of) => group(of, " AND ", "TRUE")?,
        Condition::Any(of) => group(of, " OR ", "FALSE")?,
        Condition::Not(of) => format!("(NOT {})", condition(d, of, features)?),
        Condition::Between { feature, min, max } => {
            let x = column(feature, FeatureKind::Number)?;
            let mut parts = vec![format!("{x} IS NOT NULL")];
            if let Some(min) = min {
                parts.push(format!("{x} >= {}", d.number(*min)));
            }
            if let Some(max) = max {
                parts.push(format!("{x} <= {}", d.number(*max)));
            }
            format!("({})", parts.join(" AND "))
        }
        Condition::DateBetween { feature, from, to } => {
            let x = column(feature, FeatureKind::Date)?;
            let mut parts = vec![format!("{x} IS NOT NULL")];
            if let Some(from) = from {
                parts.push(format!("{x} >= {}", d.date(from)));
            }
            if let Some(to) = to {
                parts.push(format!("{x} <= {}", d.date(to)));
            }
            format!("({})", parts.join(" AND "))
        }
        Condition::In { feature, values } => {
            let x = column(feature, FeatureKind::Category)?;
            if values.is_empty() {
                "FALSE".to_string()
            } else {
                format!("({x} IS NOT NULL AND {x} IN ({}))", list(d, values))
            }
        }
        Condition::NotIn { feature, values } => {
            let x = column(feature, FeatureKind::Category)?;
            if values.is_empty() {
                format!("({x} IS NOT NULL)")
            } else {
                format!("({x} IS NOT NULL AND {x} NOT IN ({}))", list(d, values))
            }
        }
        Condition::Contains { feature, text } => {
            let x = column(feature, FeatureKind::Category)?;
            format!(
                "({x} IS NOT NULL AND {})",
                d.contains(&format!("LOWER({x})"), &d.text(&text.to_lowercase()))
            )
        }
    })
}

fn list(d: Dialect, values: &[String]) -> String {
    values
        .iter()
        .map(|v| d.text(v))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Two;
    impl Features for Two {
        fn column(&self, id: &str) -> Option<(String, FeatureKind)> {
            match id {
                "monetary" => Some(("f.monetary".into(), FeatureKind::Number)),
                "country" => Some(("f.country".into(), FeatureKind::Category)),
                _ => None,
            }
        }
    }

    #[test]
    fn conditions_never_leave_unknown_values_null() {
        let c = Condition::Not(Box::new(Condition::all(vec![
            Condition::between("monetary", Some(10.0), None),
            Condition::is_in("country", &["DE", "O'Hara"]),
        ])));
        assert_eq!(
            condition(Dialect::DuckDb, &c, &Two).unwrap(),
            "(NOT ((f.monetary IS NOT NULL AND f.monetary >= CAST('10.0' AS DOUBLE)) AND (f.country IS NOT NULL AND f.country IN ('DE', 'O''Hara'))))"
        );
        assert_eq!(
            condition(
                Dialect::DuckDb,
                &Condition::between("age", None, None),
                &Two
            ),
            Err(SqlError::UnsupportedFeature {
                feature: "age".into()
            })
        );
        assert!(matches!(
            condition(Dialect::DuckDb, &Condition::is_in("monetary", &["1"]), &Two),
            Err(SqlError::WrongKind { .. })
        ));
    }
}
