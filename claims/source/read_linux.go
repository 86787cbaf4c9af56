package source

import (
	"io"
	"syscall"
)

// readLimited reads the whole file but refuses one larger than max,
// checking the size before reading and again while reading (a file can
// grow, and pipes report no size).
//
// On Linux it reads through the system calls themselves rather than an
// *os.File: a batch opens one file per article, and os.Open makes each
// file non-blocking and offers it to the network poller (which refuses a
// regular file) and sets a finalizer, four system calls and a cleanup
// that a file read once from start to end does not need.
func readLimited(path string, max int64) ([]byte, error) {
	fd, err := openRead(path)
	if err != nil {
		return nil, &PathError{Path: path, Err: fsReason(err)}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := ignoringEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
		return nil, &PathError{Path: path, Err: fsReason(err)}
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		return nil, &PathError{Path: path, Err: ErrIsDir}
	}
	if st.Size > max {
		return nil, tooLarge(path, st.Size, max)
	}
	var data []byte
	if st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		data, err = readSized(fdReader(fd), st.Size, max)
	} else {
		data, err = readAll(io.LimitReader(fdReader(fd), max+1), make([]byte, 0, st.Size+1))
	}
	if err != nil {
		return nil, &PathError{Path: path, Err: fsReason(err)}
	}
	if int64(len(data)) > max {
		return nil, tooLarge(path, int64(len(data)), max)
	}
	return data, nil
}

// openRead opens path for reading, as os.Open does (close on exec).
func openRead(path string) (int, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// ignoringEINTR retries fn while a signal interrupts it.
func ignoringEINTR(fn func() error) error {
	for {
		if err := fn(); err != syscall.EINTR {
			return err
		}
	}
}

// fdReader reads an open file descriptor; a read of nothing is the end
// of the file.
type fdReader int

func (fd fdReader) Read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(int(fd), p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n == 0 && len(p) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}
