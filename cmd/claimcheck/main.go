// Command claimcheck compares news articles about one story and reports
// where they disagree. See README.md.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
