//! The engine's rehearsal: once the worker has started, and while the page asks nothing,
//! it analyses the built-in sample shop a few times over and forgets it, a step at a time.
//!
//! A browser first runs WebAssembly as code compiled quickly and plainly, and compiles a
//! function again, optimised, only once it has run a while; the optimised code serves the
//! function's next call. Binding rows to customers, working out their features and a
//! scheme's figures are each one long call, so a merchant's first file used to run them as
//! plain code from start to end: at 100,000 rows the analysis took about 75 ms in the
//! browser, and 27 ms with Chromium told to optimise everything at once
//! (`--js-flags=--no-liftoff`). After the rehearsal a file runs optimised code throughout.

use segmenter_engine::basics::profile::untimed;
use segmenter_engine::reading::sample::sample_shop_csv;
use segmenter_engine::reading::{read_table, ReadOptions, Table};
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::Preset;
use segmenter_engine::session::{AnalyzeOptions, Request, Session};

/// How many times the sample shop is analysed. Its 4,000 rows are too few for one round to
/// get every long loop optimised: after one round, binding the 100,000-row file's rows took
/// 16–19 ms and its orders' features 19–23 ms; after two, 15–17 and 17–24 ms; after four,
/// 11–13 and 8–14 ms, as with everything optimised at once (11 and 7 ms).
const ROUNDS: u8 = 4;

/// The rehearsal's next step.
pub struct Rehearsal {
    rounds_left: u8,
    stage: Stage,
}

/// Where a round of the rehearsal stands.
enum Stage {
    /// The sample shop is read first.
    Start,
    /// Then analysed.
    Read(Box<Table>),
    /// Then segmented with the other schemes the picker offers first.
    Analysed(Box<Session>),
}

impl Default for Rehearsal {
    fn default() -> Rehearsal {
        Rehearsal {
            rounds_left: ROUNDS,
            stage: Stage::Start,
        }
    }
}

impl Rehearsal {
    /// Takes the next step, untimed (it is no part of the page's profile); `None` once the
    /// rehearsal is over.
    pub fn step(self) -> Option<Rehearsal> {
        let Rehearsal { rounds_left, stage } = self;
        let stage = untimed(|| match stage {
            Stage::Start => {
                let table = read_table(&sample_shop_csv(), &ReadOptions::default()).ok()?;
                Some(Stage::Read(Box::new(table)))
            }
            Stage::Read(table) => {
                let mut session = Session::new();
                let overview = session.load("sample-shop.csv", *table);
                let options = AnalyzeOptions {
                    mapping: overview.proposed,
                    ..AnalyzeOptions::default()
                };
                session.handle(Request::Analyze(options)).ok()?;
                Some(Stage::Analysed(Box::new(session)))
            }
            Stage::Analysed(mut session) => {
                for preset in [Preset::Loyalty, Preset::Repeat] {
                    let _ = session.handle(Request::Segment(SchemeChoice::Preset(preset)));
                }
                Some(Stage::Start)
            }
        })?;
        let rounds_left = match stage {
            Stage::Start => rounds_left - 1,
            _ => rounds_left,
        };
        (rounds_left > 0).then_some(Rehearsal { rounds_left, stage })
    }
}
