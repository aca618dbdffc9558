//! Fixed-size arrays for the weight tables, on memory the kernel is asked to back with huge
//! pages.
//!
//! The tables take tens of MB and are read at random, one or two cache misses per feature;
//! with 4 KiB pages nearly every lookup also misses the TLB and walks the page tables. On
//! Linux a table of at least 2 MiB is allocated 2 MiB-aligned and marked `MADV_HUGEPAGE`
//! before it is first written, so with transparent huge pages in `madvise` mode (the usual
//! default) it is backed by 2 MiB pages and the page walks go away. Where that is not
//! available it is an ordinary allocation; the contents, and so the output, are the same.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

const HUGE_PAGE: usize = 2 << 20;

/// Plain data that is valid when all its bytes are zero.
///
/// # Safety
/// Implementors must be `Copy`, have no padding-dependent invariants, and accept the
/// all-zero bit pattern as a valid value.
pub unsafe trait Zeroable: Copy {}

unsafe impl Zeroable for u16 {}
unsafe impl Zeroable for i16 {}
unsafe impl Zeroable for u32 {}
unsafe impl Zeroable for (u16, i16) {}

/// A heap array of `len` items, zero-initialised.
pub struct HugeBuf<T: Zeroable> {
    ptr: NonNull<T>,
    len: usize,
    layout: Option<Layout>,
}

// SAFETY: `HugeBuf` owns its items like a `Vec` does.
unsafe impl<T: Zeroable + Send> Send for HugeBuf<T> {}
// SAFETY: shared access only hands out `&[T]`.
unsafe impl<T: Zeroable + Sync> Sync for HugeBuf<T> {}

#[cfg(target_os = "linux")]
extern "C" {
    fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
}

#[cfg(target_os = "linux")]
const MADV_HUGEPAGE: i32 = 14;

impl<T: Zeroable> HugeBuf<T> {
    pub fn zeroed(len: usize) -> HugeBuf<T> {
        let bytes = len
            .checked_mul(std::mem::size_of::<T>())
            .expect("table size overflows");
        if bytes == 0 {
            return HugeBuf {
                ptr: NonNull::dangling(),
                len,
                layout: None,
            };
        }
        let huge = cfg!(target_os = "linux") && bytes >= HUGE_PAGE;
        let layout = if huge {
            Layout::from_size_align(bytes.div_ceil(HUGE_PAGE) * HUGE_PAGE, HUGE_PAGE)
        } else {
            Layout::from_size_align(bytes, std::mem::align_of::<T>())
        }
        .expect("table layout");
        // SAFETY: `layout` has a non-zero size.
        let raw = unsafe { alloc(layout) };
        if raw.is_null() {
            handle_alloc_error(layout);
        }
        #[cfg(target_os = "linux")]
        if huge {
            // SAFETY: `raw` is page-aligned (2 MiB) and the whole `layout.size()` bytes are
            // ours; the advice only changes how the kernel backs them. Failure is harmless.
            unsafe {
                madvise(raw.cast(), layout.size(), MADV_HUGEPAGE);
            }
        }
        // SAFETY: `raw` points to `layout.size() >= bytes` writable bytes, and all-zero is
        // a valid `T` (`Zeroable`).
        unsafe { std::ptr::write_bytes(raw, 0, bytes) };
        HugeBuf {
            // SAFETY: checked non-null above; aligned for `T` by the layout.
            ptr: unsafe { NonNull::new_unchecked(raw.cast()) },
            len,
            layout: Some(layout),
        }
    }
}

impl<T: Zeroable> Drop for HugeBuf<T> {
    fn drop(&mut self) {
        if let Some(layout) = self.layout {
            // SAFETY: allocated in `zeroed` with this very layout.
            unsafe { dealloc(self.ptr.as_ptr().cast(), layout) };
        }
    }
}

impl<T: Zeroable> Deref for HugeBuf<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        // SAFETY: `ptr` holds `len` initialised items (or is dangling with any `len` of a
        // zero-sized allocation, which only happens for `len == 0` or zero-sized `T`).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Zeroable> DerefMut for HugeBuf<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`, and `&mut self` is exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

impl<T: Zeroable> Clone for HugeBuf<T> {
    fn clone(&self) -> Self {
        let mut copy = HugeBuf::zeroed(self.len);
        copy.copy_from_slice(self);
        copy
    }
}

impl<T: Zeroable + PartialEq> PartialEq for HugeBuf<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Zeroable + fmt::Debug> fmt::Debug for HugeBuf<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroed_clone_and_compare() {
        for n in [0usize, 1, 1000, (3 << 20) / 4 + 7] {
            let mut b: HugeBuf<(u16, i16)> = HugeBuf::zeroed(n);
            assert_eq!(b.len(), n);
            assert!(b.iter().all(|e| *e == (0, 0)));
            if n > 0 {
                b[n - 1] = (3, -4);
            }
            let c = b.clone();
            assert_eq!(b, c);
        }
    }
}
