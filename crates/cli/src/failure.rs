//! Why a command stopped, and the exit status that says so.

use segmenter_engine::session::EngineError;
use std::fmt;
use std::process::ExitCode;

/// Why a command stopped.
#[derive(Debug)]
pub enum Failure {
    /// The arguments, or a file they name, are not what the command takes (exit 2).
    Usage(String),
    /// The data cannot be segmented as asked (exit 1).
    Data(String),
}

impl Failure {
    /// 2 for bad usage, 1 for a problem with the data.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::Usage(_) => ExitCode::from(2),
            Failure::Data(_) => ExitCode::from(1),
        }
    }
}

impl From<EngineError> for Failure {
    fn from(e: EngineError) -> Failure {
        Failure::Data(e.to_string())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(message) | Failure::Data(message) => f.write_str(message),
        }
    }
}
