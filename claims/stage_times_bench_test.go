//go:build unix

package claims

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkTimeStage times the date stage alone on the generated batch,
// the stages before it run once beforehand. It also reports MB per CPU
// second (cpuMB/s), steadier than the wall clock on a shared machine.
func BenchmarkTimeStage(b *testing.B) {
	srcs, size := corpusSources(b)
	at := stageIndex(b, "times")
	docs := make([]*Doc, len(srcs))
	for k, src := range srcs {
		docs[k] = runUpTo(src, at)
	}
	b.SetBytes(size)
	b.ResetTimer()
	cpu0 := processCPU()
	for range b.N {
		for _, d := range docs {
			for _, s := range d.Sentences {
				s.Times = nil // as the pipeline hands them over
			}
			timeStage{}.Run(d)
		}
	}
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpuMB/s")
	}
}

// stageIndex is the position of the named stage in Pipeline.
func stageIndex(b *testing.B, name string) int {
	for i, st := range Pipeline {
		if st.Name() == name {
			return i
		}
	}
	b.Fatalf("no stage %q", name)
	return 0
}

// processCPU is the process's user+system CPU time.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
