// Command claimcheck compares news articles about one story and reports
// where they disagree. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C kills at once
	}()
	code := runContext(withClock(ctx, time.Now), os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
