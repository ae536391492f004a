//! Gives the binary and test executables an rpath to libtorch, so they run without
//! LD_LIBRARY_PATH: neither torch-sys nor rust-bert sets one for downstream crates.
fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    if let Ok(dir) = std::env::var("LIBTORCH") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}/lib");
    }
}
