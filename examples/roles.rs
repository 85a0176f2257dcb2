use segmenter::engine::read::{read_table, ReadOptions};
use segmenter::engine::roles::propose_mapping;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let t = read_table(&bytes, &ReadOptions::default()).unwrap();
    let m = propose_mapping(&t);
    for (c, ch) in t.columns.iter().zip(&m.columns) {
        println!(
            "{:30} {:?} {:?} {:?}",
            c.name,
            c.kind(),
            ch.role,
            c.examples
        );
    }
}
