# bash completion for limec (installed as share/bash-completion/completions/limec)
_limec() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case "$prev" in
        -o|--output|-MF|--header) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -MT|--main) return ;;
    esac
    case "$cur" in
        --emit=*) COMPREPLY=($(compgen -P --emit= -W "tokens ast ir llvm obj lib opencl verilog" -- "${cur#--emit=}")); return ;;
        --target=*)
            local done=${cur#--target=} last
            last=${done##*,}
            done=${done%"$last"}
            COMPREPLY=($(compgen -P "--target=$done" -W "cpu gpu fpga" -- "$last")); return ;;
        -*)
            COMPREPLY=($(compgen -W "-o --output= -c -g -O0 -O1 -O2 -O3 --main --check --explain --emit= --target= --header= -MD -MMD -MP -MF -MT -h --help --version --cache-clean" -- "$cur"))
            [[ ${COMPREPLY[0]:-} == *= ]] && compopt -o nospace
            return ;;
    esac
    COMPREPLY=($(compgen -f -X '!*.@(lime|java)' -- "$cur") $(compgen -d -- "$cur"))
}
complete -o filenames -F _limec limec
