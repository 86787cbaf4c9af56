package report

import (
	"bytes"
	"encoding/json"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// Encoding a large list's items on every core. Writing the report is a
// serial stretch after the check (tens of megabytes for a large batch:
// 27 MB of JSON for 50 MB of articles), and nearly all of it is
// encoding/json's reflection over each item. Items are encoded in chunks
// by GOMAXPROCS workers into buffers of their own and written in order,
// byte for byte what add writes one at a time; workers run at most a few
// chunks ahead of the writer, so memory stays a few chunks' worth.

// parallelListMin is the fewest items worth starting workers for.
const parallelListMin = 512

// listChunk is how many items one worker encodes at a time.
const listChunk = 128

// encodedChunk is a chunk's items, indented, one after another: item k
// is buf[ends[k-1]:ends[k]].
type encodedChunk struct {
	buf  []byte
	ends []int
	err  error
}

// addEach adds item(0) ... item(n-1) to the list as add would, encoding
// them on every core when there are many.
func (l *jsonList) addEach(n int, item func(i int) any) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelListMin || workers < 2 {
		for i := range n {
			l.add(item(i))
		}
		return
	}
	for len(l.s.prefixes) <= l.depth+1 {
		l.s.prefixes = append(l.s.prefixes, strings.Repeat(jsonIndent, len(l.s.prefixes)))
	}
	prefix := l.s.prefixes[l.depth+1]
	chunks := (n + listChunk - 1) / listChunk
	done := make([]chan encodedChunk, chunks)
	for c := range done {
		done[c] = make(chan encodedChunk, 1)
	}
	ahead := make(chan struct{}, 2*workers)      // a token per chunk not yet written
	free := make(chan encodedChunk, 2*workers+1) // written chunks' buffers, for reuse
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := newChunkEncoder()
			for {
				ahead <- struct{}{}
				c := int(next.Add(1) - 1)
				if c >= chunks {
					<-ahead
					return
				}
				var buf encodedChunk
				select {
				case buf = <-free:
				default:
				}
				done[c] <- e.encode(buf, item, c*listChunk, min(n, (c+1)*listChunk), prefix)
			}
		}()
	}
	for c := range chunks {
		ch := <-done[c]
		l.writeChunk(ch)
		select {
		case free <- ch:
		default:
		}
		<-ahead
	}
	wg.Wait()
}

// writeChunk writes a chunk's items; an encoding error sticks as value's.
func (l *jsonList) writeChunk(ch encodedChunk) {
	from := 0
	for _, end := range ch.ends {
		l.next()
		if l.s.err == nil {
			_, l.s.err = l.s.w.Write(ch.buf[from:end])
		}
		from = end
	}
	if ch.err != nil { // add starts the item that fails, then stops
		l.next()
		if l.s.err == nil {
			l.s.err = ch.err
		}
	}
}

// chunkEncoder is one worker's encoder and buffers, as jsonStream's.
type chunkEncoder struct {
	val bytes.Buffer
	enc *json.Encoder
}

func newChunkEncoder() *chunkEncoder {
	e := &chunkEncoder{}
	e.enc = json.NewEncoder(&e.val)
	e.enc.SetEscapeHTML(false)
	return e
}

// encode encodes items from to to as value writes them at the depth of
// prefix, stopping at the first error.
// out's buffers, emptied, take them.
func (e *chunkEncoder) encode(out encodedChunk, item func(int) any, from, to int, prefix string) encodedChunk {
	out.buf, out.ends, out.err = out.buf[:0], out.ends[:0], nil
	for i := from; i < to; i++ {
		e.val.Reset()
		if out.err = e.enc.Encode(item(i)); out.err != nil {
			return out
		}
		out.buf = appendIndented(out.buf, e.val.Bytes(), prefix, jsonIndent)
		out.buf = out.buf[:len(out.buf)-1] // less Encode's newline
		out.ends = append(out.ends, len(out.buf))
	}
	return out
}
