//! The `depeche` command line: a thin shell over the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    fixed_trim_threshold();
    let args = depeche::cli::Args::parse();
    match depeche::cli::run(&args) {
        Ok(code) => code,
        Err(e) => {
            depeche::cli::say(format_args!("{e:#}"));
            ExitCode::from(1)
        }
    }
}

/// glibc's malloc raises the point above which it gives freed memory back to
/// the system each time a large block (a regex cache, a long document) is
/// freed, up to 64 MB: a run's resident memory then keeps what the largest
/// documents needed. Fixed at its default of 128 KB, peak memory on a 20 MB
/// stream with two jobs goes from 64 to 60 MB at the same speed (issue 7
/// bounds it at 64 MB; `scripts/bench.sh`). Other allocators keep theirs.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn fixed_trim_threshold() {
    // From glibc's <malloc.h>.
    const M_TRIM_THRESHOLD: std::ffi::c_int = -1;
    unsafe extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    // SAFETY: mallopt only sets an allocator parameter; it is called once,
    // before any other thread exists.
    unsafe {
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fixed_trim_threshold() {}
