//! Segments and customers → files the merchant saves: CSV safe to open in a spreadsheet
//! ([`csv`]), the customer table and segment summary ([`customers`]), campaign send lists
//! for e-mail tools ([`lists`]) and the rows left out of the analysis ([`problems`]).

pub mod csv;
pub mod customers;
pub mod lists;
pub mod problems;

pub use csv::{neutralize, Cell, CsvWriter};
pub use customers::{customers_csv, segments_csv};
pub use lists::{campaign_list_csv, email_of, names_of, ListLayout};
