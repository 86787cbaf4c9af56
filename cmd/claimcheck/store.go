package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/store"
)

var storeFlag = &cli.StringFlag{
	Name:  "store",
	Usage: "keep every checked source's claims in `FILE`, compare the batch with the stored sources of its stories, and report only findings that involve a new or updated source",
}

// storeFileFlag names the store of the store commands, which have a
// default: the file in the working directory.
var storeFileFlag = &cli.StringFlag{
	Name:  "store",
	Value: store.DefaultPath,
	Usage: "the claim store `FILE`",
}

// checkRun is what a check must finish once its report is written: the
// store's transaction, committed then and only then.
type checkRun struct {
	store    *store.Store
	run      *store.Run
	released chan struct{} // closed once releaseMeanwhile's release has returned
}

// releaseMeanwhile is a checkRun that runs release while the report is
// written, and whose close waits for it. A large batch's spill file (1.8x
// its text) takes the kernel 0.1-0.15 s to drop from the page cache when
// it is closed and removed: done before the report, that was time with
// one core busy, in the kernel, and the other idle.
func releaseMeanwhile(release func()) *checkRun {
	done := make(chan struct{})
	go func() {
		defer close(done)
		release()
	}()
	return &checkRun{released: done}
}

// checkBatch compares the batch, with the stored sources of its stories
// when --store is given, then keeps what the new sources bring (store) and
// hides the findings an editor accepted (--baseline), in that order. The
// caller writes the report, then commits.
func checkBatch(c *cli.Context, docs []*claims.Doc) (*compare.Result, *checkRun, error) {
	base, err := readBaseline(c)
	if err != nil {
		return nil, nil, err
	}
	cr, docs, err := openStoreRun(c, docs)
	if err != nil {
		return nil, nil, err
	}
	res := compare.CheckWith(docs, checkOptions(c))
	if cr.run != nil {
		cr.run.KeepNew(res)
	}
	hideBaseline(c, base, res)
	if err := interrupted(c.Context); err != nil {
		cr.close()
		return nil, nil, err
	}
	return res, cr, nil
}

// openStoreRun opens --store and stages the batch in it; docs come back
// with the stored sources of the batch's stories after the batch's own.
func openStoreRun(c *cli.Context, docs []*claims.Doc) (*checkRun, []*claims.Doc, error) {
	cr := &checkRun{}
	path := c.String(storeFlag.Name)
	if path == "" {
		return cr, docs, nil
	}
	var err error
	if cr.store, err = store.Open(path, store.Options{Create: true}); err != nil {
		return nil, nil, exitCode{exitError, err}
	}
	if cr.run, err = cr.store.Begin(); err != nil {
		cr.close()
		return nil, nil, exitCode{exitError, err}
	}
	all, err := cr.run.Merge(docs, clockOf(c.Context)())
	if err != nil {
		cr.close()
		return nil, nil, exitCode{exitError, err}
	}
	fmt.Fprintf(c.App.ErrWriter, "claimcheck: store %s: %d new or updated of %d sources; %d stored sources of their stories compared\n",
		path, len(cr.run.Fresh()), len(docs), len(all)-len(docs))
	return cr, all, nil
}

// commit writes the run's sources to the store and closes it.
func (cr *checkRun) commit() error {
	if cr == nil || cr.run == nil {
		return nil
	}
	err := cr.run.Commit()
	cr.close()
	return err
}

// close waits for what releaseMeanwhile runs, rolls back whatever was
// not committed and closes the store; safe to call twice, and after
// commit.
func (cr *checkRun) close() {
	if cr == nil {
		return
	}
	if cr.released != nil {
		<-cr.released
		cr.released = nil
	}
	if cr.store == nil {
		return
	}
	cr.store.Close()
	cr.store, cr.run = nil, nil
}

func storeCommand() *cli.Command {
	return &cli.Command{
		Name:         "store",
		OnUsageError: usageError,
		Usage:        "list or remove the sources kept by check --store",
		Description: `check --store FILE keeps the claims of every source it checks, so the next
batch is compared with them and only findings that involve a new or
updated source are reported.

Example:
   claimcheck store ls --store claims.db
   claimcheck store rm --store claims.db 003_wire.txt`,
		Subcommands: []*cli.Command{
			{
				Name:         "ls",
				OnUsageError: usageError,
				Usage:        "list the stored sources: id, outlet, published, added at, claims",
				Description:  "Example:\n   claimcheck store ls --store claims.db --format json",
				Flags: []cli.Flag{
					storeFileFlag,
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: table, json"},
				},
				Action: storeList,
			},
			{
				Name:         "rm",
				OnUsageError: usageError,
				Usage:        "remove sources from the store",
				ArgsUsage:    "SOURCE...",
				Description:  "Example:\n   claimcheck store rm --store claims.db 003_wire.txt 004_blog.txt",
				Flags:        []cli.Flag{storeFileFlag},
				Action:       storeRemove,
			},
		},
	}
}

func storeList(c *cli.Context) error {
	format := c.String("format")
	if format != "table" && format != "json" {
		return exitCode{exitError, fmt.Errorf("--format %q: want table or json", format)}
	}
	s, err := store.Open(c.String(storeFileFlag.Name), store.Options{ReadOnly: true})
	if err != nil {
		return exitCode{exitError, err}
	}
	defer s.Close()
	entries, err := s.List()
	if err != nil {
		return exitCode{exitError, err}
	}
	if format == "json" {
		return writeEntriesJSON(c, entries)
	}
	tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tOUTLET\tPUBLISHED\tADDED\tCLAIMS")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", oneLineField(e.ID), orDash(oneLineField(e.Outlet)),
			dateOrDash(e.Published, time.DateOnly), dateOrDash(e.AddedAt, time.RFC3339), e.Claims)
	}
	return tw.Flush()
}

// storeListing is store ls's JSON: the entries without their story keys,
// which are the store's business.
type storeListing struct {
	Version int              `json:"version"`
	Sources []storeListEntry `json:"sources"`
}

type storeListEntry struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	Outlet    string  `json:"outlet"`
	Published *string `json:"published"`
	AddedAt   *string `json:"added_at"`
	Claims    int     `json:"claims"`
	Hash      string  `json:"sha256"`
}

func writeEntriesJSON(c *cli.Context, entries []store.Entry) error {
	out := storeListing{Version: 1, Sources: []storeListEntry{}}
	for _, e := range entries {
		out.Sources = append(out.Sources, storeListEntry{
			ID: e.ID, Path: e.Path, Outlet: e.Outlet, Claims: e.Claims, Hash: e.Hash,
			Published: timeOrNil(e.Published, time.DateOnly), AddedAt: timeOrNil(e.AddedAt, time.RFC3339),
		})
	}
	enc := json.NewEncoder(c.App.Writer)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func storeRemove(c *cli.Context) error {
	ids := c.Args().Slice()
	if len(ids) == 0 {
		return exitCode{exitError, errors.New("no sources given (usage: claimcheck store rm --store FILE SOURCE...)")}
	}
	s, err := store.Open(c.String(storeFileFlag.Name), store.Options{})
	if err != nil {
		return exitCode{exitError, err}
	}
	defer s.Close()
	missing, err := s.Remove(ids...)
	if err != nil {
		return exitCode{exitError, err}
	}
	fmt.Fprintf(c.App.ErrWriter, "claimcheck: removed %d of %d sources from %s\n", len(ids)-len(missing), len(ids), s.Path())
	if len(missing) > 0 {
		return exitCode{exitError, fmt.Errorf("store %s: not stored: %s", s.Path(), strings.Join(missing, ", "))}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func dateOrDash(t time.Time, layout string) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format(layout)
}

func timeOrNil(t time.Time, layout string) *string {
	if t.IsZero() {
		return nil
	}
	s := t.UTC().Format(layout)
	return &s
}

// oneLineField keeps a table row on one line whatever an id or outlet
// holds.
func oneLineField(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
