package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// shells are the shells completion writes scripts for.
var shells = []string{"bash", "zsh", "fish"}

func completionCommand() *cli.Command {
	return &cli.Command{
		Name:         "completion",
		OnUsageError: usageError,
		Usage:        "print a shell completion script: " + strings.Join(shells, ", "),
		ArgsUsage:    strings.Join(shells, "|"),
		Description: `Prints a script that completes claimcheck's commands and flags. The bash
and zsh scripts ask claimcheck itself for completions (urfave/cli's
--generate-bash-completion), so they follow new flags without being
regenerated; the fish script lists them.

Example:
   source <(claimcheck completion bash)          # this bash session
   claimcheck completion bash > /etc/bash_completion.d/claimcheck
   claimcheck completion zsh > "${fpath[1]}/_claimcheck"
   claimcheck completion fish > ~/.config/fish/completions/claimcheck.fish`,
		Action: completionAction,
	}
}

func completionAction(c *cli.Context) error {
	if c.NArg() != 1 {
		return exitCode{exitError, fmt.Errorf("completion wants one shell: %s (see --help)", strings.Join(shells, ", "))}
	}
	script, err := completionScript(c.App, c.Args().First())
	if err != nil {
		return exitCode{exitError, err}
	}
	_, err = fmt.Fprint(c.App.Writer, script)
	return err
}

// completionScript writes shell's completion script for app.
func completionScript(app *cli.App, shell string) (string, error) {
	header := "# " + app.Name + " completion for " + shell + "; commands: " + strings.Join(commandNames(app), ", ") + "\n"
	switch shell {
	case "bash":
		return header + strings.ReplaceAll(bashCompletion, "PROG", app.Name), nil
	case "zsh":
		return "#compdef " + app.Name + "\n" + header + strings.ReplaceAll(zshCompletion, "PROG", app.Name), nil
	case "fish":
		script, err := app.ToFishCompletion()
		if err != nil {
			return "", fmt.Errorf("fish completion: %w", err)
		}
		return header + script, nil
	}
	return "", fmt.Errorf("completion %q: unknown shell (want one of %s)", shell, strings.Join(shells, ", "))
}

// commandNames are the app's visible commands.
func commandNames(app *cli.App) []string {
	var names []string
	for _, cmd := range app.Commands {
		if !cmd.Hidden {
			names = append(names, cmd.Name)
		}
	}
	return names
}

// bashCompletion is urfave/cli v2's autocomplete/bash_autocomplete with the
// program's name written in: sourced from a pipe, BASH_SOURCE would not
// name it.
const bashCompletion = `_PROG_bash_autocomplete() {
  if [[ "${COMP_WORDS[0]}" != "source" ]]; then
    local cur opts base words cword
    COMPREPLY=()
    cur="${COMP_WORDS[COMP_CWORD]}"
    if declare -F _init_completion >/dev/null 2>&1; then
      _init_completion -n "=:" || return
    else
      # bash 3 without the bash-completion package
      words=("${COMP_WORDS[@]}")
      cword=$COMP_CWORD
    fi
    words=("${words[@]:0:$cword}")
    if [[ "$cur" == "-"* ]]; then
      requestComp="${words[*]} ${cur} --generate-bash-completion"
    else
      requestComp="${words[*]} --generate-bash-completion"
    fi
    opts=$(eval "${requestComp}" 2>/dev/null)
    COMPREPLY=($(compgen -W "${opts}" -- ${cur}))
    return 0
  fi
}

complete -o bashdefault -o default -o nospace -F _PROG_bash_autocomplete PROG
`

// zshCompletion is urfave/cli v2's autocomplete/zsh_autocomplete.
const zshCompletion = `_PROG_zsh_autocomplete() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion)}")
  fi

  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}

compdef _PROG_zsh_autocomplete PROG
`
