#define _GNU_SOURCE
#include "khao_file_system.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <unistd.h>

int khao_rename_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

int khao_syncfs(int descriptor) {
#if defined(__linux__)
    return syncfs(descriptor);
#else
    (void)descriptor;
    errno = ENOSYS;
    return -1;
#endif
}

ssize_t khao_copy_file_range(int input, int output, size_t count) {
#if defined(__linux__)
    return copy_file_range(input, NULL, output, NULL, count, 0);
#else
    (void)input; (void)output; (void)count;
    errno = ENOSYS;
    return -1;
#endif
}

static int remove_entry(const char *path, const struct stat *status, int kind, struct FTW *position) {
    (void)status; (void)position;
    // Depth first: a folder is reached after everything in it.
    int result = kind == FTW_DP ? rmdir(path) : unlink(path);
    // Someone else (a concurrent clean-up) removing it first is no failure.
    return result == 0 || errno == ENOENT ? 0 : -1;
}

int khao_remove_tree(const char *path) {
    return nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}

int khao_open_unnamed(const char *folder, mode_t mode) {
#if defined(__linux__) && defined(O_TMPFILE)
    return open(folder, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
#else
    (void)folder; (void)mode;
    errno = ENOSYS;
    return -1;
#endif
}

int khao_link_unnamed(int descriptor, const char *path) {
#if defined(__linux__)
    char name[64];
    snprintf(name, sizeof name, "/proc/self/fd/%d", descriptor);
    return linkat(AT_FDCWD, name, AT_FDCWD, path, AT_SYMLINK_FOLLOW);
#else
    (void)descriptor; (void)path;
    errno = ENOSYS;
    return -1;
#endif
}
