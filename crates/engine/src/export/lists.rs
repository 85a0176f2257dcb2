//! Campaign send lists in the layouts of e-mail tools (Mailchimp, Klaviyo) or as a plain
//! list for any tool.
//!
//! In the e-mail tools' layouts the address is written as it is whenever it is a valid
//! address ([`crate::export::is_plain_address`]), even one that begins with `+` or `=`:
//! the tool imports the cell as written, and an apostrophe in front would make it another
//! address. Every other cell, and every cell of the plain list (made to be opened in a
//! spreadsheet), keeps the formula guard.

use super::csv::{Cell, CsvWriter};
use crate::roles::Role;
use crate::shop::Customers;
use serde::{Deserialize, Serialize};

/// The column layout of a campaign list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListLayout {
    /// Identifier, e-mail, names, segment and campaign, for a spreadsheet or any tool.
    Plain,
    /// Mailchimp's audience import: `Email Address`, `First Name`, `Last Name`, `Tags`.
    Mailchimp,
    /// Klaviyo's list import: `Email`, `First Name`, `Last Name`, with the segment and
    /// campaign as custom properties.
    Klaviyo,
}

impl ListLayout {
    /// How file names and the page call it.
    pub fn label(self) -> &'static str {
        match self {
            ListLayout::Plain => "plain",
            ListLayout::Mailchimp => "mailchimp",
            ListLayout::Klaviyo => "klaviyo",
        }
    }

    /// Whether every row needs an e-mail address.
    pub fn needs_email(self) -> bool {
        self != ListLayout::Plain
    }
}

/// Customer `c`'s e-mail address: the mapped e-mail, else the identifier when it is one.
pub fn email_of(customers: &Customers, c: usize) -> Option<&str> {
    customers
        .text_of(Role::Email, c)
        .or_else(|| Some(customers.key(c)).filter(|k| k.contains('@')))
}

/// Customer `c`'s first and last name: the mapped ones, else the full name split at its
/// first space.
pub fn names_of(customers: &Customers, c: usize) -> (String, String) {
    let first = customers.text_of(Role::FirstName, c);
    let last = customers.text_of(Role::LastName, c);
    if first.is_some() || last.is_some() {
        return (first.unwrap_or("").into(), last.unwrap_or("").into());
    }
    match customers.text_of(Role::FullName, c).map(str::trim) {
        Some(full) => match full.split_once(' ') {
            Some((first, last)) => (first.into(), last.trim().into()),
            None => (full.into(), String::new()),
        },
        None => (String::new(), String::new()),
    }
}

/// A campaign's send list for `members` in `layout`. E-mail tools get no byte-order mark
/// (their importers read UTF-8 as is); the plain list keeps it for Excel.
pub fn campaign_list_csv(
    customers: &Customers,
    members: &[usize],
    layout: ListLayout,
    segment: &str,
    campaign: &str,
) -> Vec<u8> {
    let mut csv = CsvWriter::new(layout == ListLayout::Plain);
    let header: &[&str] = match layout {
        ListLayout::Plain => &[
            "customer_id",
            "email",
            "first_name",
            "last_name",
            "segment",
            "campaign",
        ],
        ListLayout::Mailchimp => &["Email Address", "First Name", "Last Name", "Tags"],
        ListLayout::Klaviyo => &["Email", "First Name", "Last Name", "Segment", "Campaign"],
    };
    csv.row(header.iter().map(|&h| Cell::from(h)));
    for &c in members {
        let email = email_of(customers, c).unwrap_or("");
        let (first, last) = names_of(customers, c);
        let row: Vec<Cell> = match layout {
            ListLayout::Plain => vec![
                customers.key(c).into(),
                email.into(),
                first.into(),
                last.into(),
                segment.into(),
                campaign.into(),
            ],
            // Mailchimp reads several tags from one cell, separated by commas.
            ListLayout::Mailchimp => vec![
                Cell::Address(email.into()),
                first.into(),
                last.into(),
                format!(
                    "{}, {}",
                    segment.replace(',', " "),
                    campaign.replace(',', " ")
                )
                .into(),
            ],
            ListLayout::Klaviyo => vec![
                Cell::Address(email.into()),
                first.into(),
                last.into(),
                segment.into(),
                campaign.into(),
            ],
        };
        csv.row(row);
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_tool_layouts_have_their_headers_and_split_full_names() {
        use crate::reading::{read_table, ReadOptions};
        use crate::roles::propose_mapping;
        use crate::shop::bind;
        let file = "order_id,email,name,order_date,amount\n\
                    1,ann@example.com,Ann Van Dyke,2026-01-01,10\n\
                    2,=cmd@example.com,Bob,2026-01-02,20\n";
        let table = read_table(file.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let text = |layout| {
            String::from_utf8(campaign_list_csv(
                &shop.customers,
                &[0, 1],
                layout,
                "At Risk",
                "Spring",
            ))
            .unwrap()
        };
        assert_eq!(
            text(ListLayout::Mailchimp),
            "Email Address,First Name,Last Name,Tags\r\n\
             ann@example.com,Ann,Van Dyke,\"At Risk, Spring\"\r\n\
             =cmd@example.com,Bob,,\"At Risk, Spring\"\r\n"
        );
        assert!(text(ListLayout::Klaviyo).starts_with("Email,First Name,Last Name,Segment,Campaign\r\nann@example.com,Ann,Van Dyke,At Risk,Spring\r\n"));
        assert!(text(ListLayout::Plain)
            .starts_with("\u{feff}customer_id,email,first_name,last_name,segment,campaign\r\n"));
    }

    #[test]
    fn valid_addresses_are_written_as_addresses_and_the_rest_is_guarded() {
        use crate::reading::{read_table, ReadOptions};
        use crate::roles::propose_mapping;
        use crate::shop::bind;
        let file = "order_id,email,first_name,last_name,order_date,amount\n\
                    1,+tag@example.com,\"=HYPERLINK(\"\"x\"\")\",-Lee,2026-01-01,10\n\
                    2,\"=cmd|' /C calc'!A0@x.com\",Bob,Ray,2026-01-02,20\n";
        let table = read_table(file.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let text = |layout| {
            String::from_utf8(campaign_list_csv(
                &shop.customers,
                &[0, 1],
                layout,
                "=Segment",
                "+Campaign",
            ))
            .unwrap()
        };
        assert_eq!(
            text(ListLayout::Klaviyo),
            "Email,First Name,Last Name,Segment,Campaign\r\n\
             +tag@example.com,\"'=HYPERLINK(\"\"x\"\")\",'-Lee,'=Segment,'+Campaign\r\n\
             '=cmd|' /C calc'!A0@x.com,Bob,Ray,'=Segment,'+Campaign\r\n"
        );
        assert!(text(ListLayout::Mailchimp).contains("\r\n+tag@example.com,"));
        // The plain list is for spreadsheets: every text cell keeps the guard.
        assert!(text(ListLayout::Plain).contains(",'+tag@example.com,"));
    }
}
