// The control characters that mark variables and selections in an encoded message, shared
// by the build script that writes messages and `message.rs` that reads them (included by
// both, as a build script cannot use its own crate).

/// Before a variable's name.
const VARIABLE: char = '\u{1}';
/// Before the name of the variable a selection is on.
const SELECT: char = '\u{2}';
/// Before an arm's key.
const ARM: char = '\u{3}';
/// Before the default arm's key.
const DEFAULT_ARM: char = '\u{4}';
/// After a variable's name, an arm, or a selection.
const END: char = '\u{5}';
/// After a selection's variable or an arm's key.
const KEY_END: char = '\u{6}';
