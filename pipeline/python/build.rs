//! Gives the extension module an rpath to libtorch (`$LIBTORCH/lib`, the
//! checkout's `./libtorch` through .cargo/config.toml), so `import news_extract`
//! needs no LD_LIBRARY_PATH on the machine that built it; elsewhere the package
//! loads libtorch from `$NEWS_EXTRACT_LIBTORCH` first (see python/news_extract/__init__.py).
fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    if let Ok(dir) = std::env::var("LIBTORCH") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}/lib");
    }
}
