# Sourced by the other scripts: puts the project's npm tools (wasm-opt) on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
