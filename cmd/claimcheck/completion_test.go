package main

import (
	"os"
	"strings"
	"testing"
)

var commands = []string{"check", "claims", "dates", "init", "completion"}

func TestCompletion(t *testing.T) {
	tests := []struct {
		shell string
		want  []string // besides every command's name
	}{
		{"bash", []string{"complete -o bashdefault", "--generate-bash-completion"}},
		{"zsh", []string{"#compdef claimcheck", "compdef _claimcheck_zsh_autocomplete claimcheck"}},
		{"fish", []string{"complete -c claimcheck", "-l fail-on", "-l config"}},
	}
	for _, tt := range tests {
		t.Run(tt.shell, func(t *testing.T) {
			r := runCLI("completion", tt.shell)
			if r.code != exitOK || len(r.stdout) == 0 {
				t.Fatalf("exit %d, %d bytes; stderr %s", r.code, len(r.stdout), r.stderr)
			}
			for _, w := range append(tt.want, commands...) {
				if !strings.Contains(string(r.stdout), w) {
					t.Errorf("script lacks %q", w)
				}
			}
		})
	}
	for _, args := range [][]string{{"completion"}, {"completion", "tcsh"}, {"completion", "bash", "zsh"}} {
		if r := runCLI(args...); r.code != exitError || !strings.Contains(r.stderr, "bash, zsh") {
			t.Errorf("%v: exit %d, stderr %q; want 2 naming the shells", args, r.code, r.stderr)
		}
	}
}

// TestCompletionHook: the bash and zsh scripts ask the program, which
// answers with the commands, and with a command's flags after its name.
// urfave/cli v2 reads the words being completed from os.Args, not from
// the App's arguments, so the test sets os.Args as main would.
func TestCompletionHook(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--generate-bash-completion"}, commands},
		{[]string{"check", "--", "--generate-bash-completion"}, nil},
		{[]string{"check", "-", "--generate-bash-completion"}, []string{"--format", "--fail-on", "--config"}},
		{[]string{"init", "-", "--generate-bash-completion"}, []string{"--force"}},
	}
	saved := os.Args
	t.Cleanup(func() { os.Args = saved })
	for _, tt := range tests {
		os.Args = append([]string{"claimcheck"}, tt.args...)
		r := runCLI(tt.args...)
		for _, w := range tt.want {
			if !strings.Contains(string(r.stdout), w) {
				t.Errorf("%v: %q lacks %q", tt.args, r.stdout, w)
			}
		}
	}
}

// TestHelpHasExamples: every command's --help shows an Example section.
func TestHelpHasExamples(t *testing.T) {
	app := newApp(nil, nil, nil)
	for _, cmd := range app.Commands {
		if cmd.Hidden {
			continue
		}
		t.Run(cmd.Name, func(t *testing.T) {
			r := runCLI(cmd.Name, "--help")
			help := string(r.stdout)
			example := strings.Index(help, "Example:")
			if r.code != exitOK || example < 0 || !strings.Contains(help[example:], "claimcheck "+cmd.Name+" ") {
				t.Errorf("exit %d; help lacks an example of %s:\n%s", r.code, cmd.Name, r.stdout)
			}
		})
	}
}
