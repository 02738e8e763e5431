#ifndef KHAO_FILE_SYSTEM_H
#define KHAO_FILE_SYSTEM_H

#include <stddef.h>
#include <sys/types.h>

// Linux calls that Glibc declares only under _GNU_SOURCE, which Swift's
// Glibc module does not define. Each returns -1 and sets errno on failure;
// on systems without the call, errno is ENOSYS so the caller can fall back.

/// Swaps the two paths atomically (renameat2 with RENAME_EXCHANGE).
int khao_rename_exchange(const char *from, const char *to);

/// Flushes the whole file system holding `descriptor` (syncfs), reporting
/// write-back errors such as a full disk.
int khao_syncfs(int descriptor);

/// Copies up to `count` bytes from `input` to `output` inside the kernel
/// (copy_file_range); returns the count copied, 0 at the end of the input.
ssize_t khao_copy_file_range(int input, int output, size_t count);

/// Deletes the tree at `path` depth first without following links (nftw
/// with FTW_PHYS); returns 0, or -1 with errno of the first failure.
int khao_remove_tree(const char *path);

/// Opens a new file without a name in `folder` for writing (O_TMPFILE):
/// nothing of it stays if the process dies before it is linked. errno is
/// EOPNOTSUPP or EISDIR where the file system cannot, ENOSYS off Linux.
int khao_open_unnamed(const char *folder, mode_t mode);

/// Gives the unnamed file open as `descriptor` the name `path` (linkat of
/// /proc/self/fd); fails with EEXIST when the name is taken.
int khao_link_unnamed(int descriptor, const char *path);

#endif
