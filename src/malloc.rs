//! Settings of glibc's allocator for the shapes of a run.
//!
//! A batch and a one-file run want opposite things from `malloc`: a batch
//! must give memory back (issue 7 bounds its peak at 64 MB), a one-file run
//! must not, its time going to compiling a hundred regexes whose building
//! blocks are allocated, freed and allocated again. Elsewhere than glibc
//! both are no-ops: other allocators keep their own ways.

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod glibc {
    // From glibc's <malloc.h>.
    pub const M_TRIM_THRESHOLD: std::ffi::c_int = -1;
    pub const M_TOP_PAD: std::ffi::c_int = -2;
    pub const M_MMAP_THRESHOLD: std::ffi::c_int = -3;

    unsafe extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        fn malloc_trim(pad: usize) -> std::ffi::c_int;
    }

    /// Return the free pages inside every arena to the system.
    pub fn trim() {
        // SAFETY: malloc_trim only gives back free memory, taking each
        // arena's lock in turn.
        unsafe {
            malloc_trim(0);
        }
    }

    /// Set one parameter of the allocator.
    pub fn set(param: std::ffi::c_int, value: std::ffi::c_int) {
        // SAFETY: mallopt only sets an allocator parameter, under the
        // allocator's own lock.
        unsafe {
            mallopt(param, value);
        }
    }
}

/// glibc's malloc raises the point above which it gives freed memory back to
/// the system each time a large block (a regex cache, a long document) is
/// freed, up to 64 MB: a run's resident memory then keeps what the largest
/// documents needed. Fixed at its default of 128 KB, peak memory on a 20 MB
/// stream with two jobs goes from 64 to 60 MB at the same speed (issue 7
/// bounds it at 64 MB; `scripts/bench.sh`). Called first thing in `main`.
pub fn fixed_trim_threshold() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    glibc::set(glibc::M_TRIM_THRESHOLD, 128 * 1024);
}

/// How many documents a batch processes between two calls of
/// [`release_free_pages`].
pub const DOCUMENTS_BETWEEN_RELEASES: usize = 64;

/// Give the free pages inside the allocator's heaps back to the system.
///
/// The trim threshold only gives back the free memory at the top of a
/// heap; each job's thread has its own heap (a glibc arena), where the
/// blocks freed after a document leave free pages between blocks still in
/// use, resident until they are used again. Called by a batch every
/// [`DOCUMENTS_BETWEEN_RELEASES`] documents (a call walks every arena), it
/// took the peak of two jobs from 65.2 to 64.2 MB on the general corpus
/// thrice over as a stream (means of six runs) and from 66.2–66.5 to
/// 64.3–64.7 MB on a 20 MB folder (three runs), at the same speed within
/// the runs' spread (`/usr/bin/time -f %M`, the binaries alternated).
pub fn release_free_pages() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    glibc::trim();
}

/// For a run over one document: keep freed memory (32 MB of slack at the
/// top of each heap) and serve blocks up to 32 MB from the heap rather than
/// from fresh mappings. Compiling the regexes, most of such a run, allocates
/// and frees blocks of hundreds of kilobytes (a compiler's tables, the lists
/// of NFA states) whose pages the kernel would otherwise hand out zeroed
/// again, one fault per page: the seed's run fell from 10,500 page faults
/// to 6,600 and from 62 to 50 ms (`perf stat -r 20`, the same settings
/// given through glibc's environment variables). A batch keeps
/// [`fixed_trim_threshold`]: with the slack, a 2 MB stream on two jobs
/// peaked at 65 MB instead of 62 MB.
pub fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const SLACK: std::ffi::c_int = 32 << 20;
        glibc::set(glibc::M_TOP_PAD, SLACK);
        glibc::set(glibc::M_MMAP_THRESHOLD, SLACK);
        glibc::set(glibc::M_TRIM_THRESHOLD, SLACK);
    }
}
