//! The session: the engine's front door for the page, the JavaScript module and the command
//! line.
//!
//! The page never computes: it sends a [`Request`] with an id ([`ToEngine`]) and shows the
//! [`Answer`] or the [`EngineError`] the reply carries ([`FromEngine`]). A [`Session`] holds
//! one file read once ([`handle`]) and its latest `analysis`: features are computed once
//! per mapping and reference date, every scheme after that only re-assigns customers.
//!
//! - [`protocol`]: requests, answers and progress, with ids; [`views`]: what the page shows,
//!   as data; [`error`]: why a request failed.
//! - [`handle`]: the session and its dispatch; `analysis`: one mapping analysed;
//!   `conventions`: number and date conventions chosen on the mapping screen.
//! - [`overview`]: the mapping screen and the row report; [`listing`]: pages of customers;
//!   [`explain`]: how segments were made, in sentences; `exports`: files to download;
//!   `playbook`: campaign lists and their measurement; `predictions`: who will buy again;
//!   [`through_time`]: two snapshots compared; [`host`]: what an embedding host page or program gets;
//!   `own_scheme`: a host's own scheme, read and checked.

mod analysis;
mod conventions;
pub mod error;
pub mod explain;
mod exports;
pub mod handle;
pub mod host;
pub mod listing;
pub mod overview;
mod own_scheme;
mod playbook;
mod predictions;
pub mod protocol;
mod row_notes;
pub mod through_time;
pub mod views;

pub use error::{EngineError, LeftOut, MeasureLack};
pub use handle::Session;
pub use host::{
    choice_for_key, HostCustomer, HostMigration, HostMovement, HostOptions, HostScheme,
    HostSegment, HostSummary, PROTOCOL_VERSION,
};
pub use own_scheme::{
    not_a_host_scheme, own_scheme, read_scheme, scheme_mistake, OwnScheme, KEY_OR_SCHEME,
};
pub use predictions::{PredictionJob, PredictionStep, WhilePredicting};
pub use protocol::{
    AnalyzeOptions, Answer, CampaignExport, Compare, CustomerQuery, ExportRequest, FromEngine,
    HostQuery, PredictOptions, Progress, Request, RequestId, SortKey, Stage, ToEngine,
    ENGINE_PROTOCOL,
};
pub use row_notes::{CountingNote, SetAside};
pub use views::{
    AnalysisView, CampaignExported, ColumnOverview, CustomerPage, CustomerRow, Download,
    FileOverview, MigrationCellView, MigrationView, PredictionView, PreviewView, RowReport,
    SchemeView,
};
