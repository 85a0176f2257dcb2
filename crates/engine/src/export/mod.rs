//! Segments and customers → files the merchant saves: CSV safe to open in a spreadsheet
//! ([`csv`]), the customer table and segment summary ([`customers`]), campaign send lists
//! for e-mail tools ([`lists`]), who moved between segments ([`migration`]), each
//! customer's predicted purchases and value ([`predictions`]), the rows left out of the
//! analysis ([`problems`]), and a scheme as one SQL query for a warehouse ([`sql`]) with
//! the export rewritten for loading into one ([`table`]).

pub mod csv;
pub mod customers;
pub mod lists;
pub mod migration;
pub mod predictions;
pub mod problems;
pub mod sql;
pub mod table;

pub use csv::{is_plain_address, neutralize, Cell, CsvWriter};
pub use customers::{customers_csv, segments_csv};
pub use lists::{campaign_list_csv, email_of, names_of, ListLayout};
