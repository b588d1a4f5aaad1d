//! The compiler pipeline, from a source path to MIR and on to an executable.

use std::path::Path;

/// Parses, resolves, lowers and verifies a program. Errors are rendered
/// diagnostics, ready for stderr.
pub fn front_end(file: &Path) -> Result<molt_mir::Program, String> {
    let text =
        std::fs::read(file).map_err(|e| format!("error: cannot read {}: {e}", file.display()))?;
    let text = String::from_utf8(text).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        let before = &bytes[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let col = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        format!(
            "{}:{line}:{col}: error: source is not valid UTF-8 (byte 0x{:02x}); Python source files must be UTF-8",
            file.display(),
            bytes.get(at).copied().unwrap_or(0)
        )
    })?;
    let src = molt_syntax::SourceFile::new(file.display().to_string(), text);
    let render = |diags: Vec<molt_syntax::Diagnostic>| -> String {
        diags
            .iter()
            .map(|d| d.render(&src))
            .collect::<Vec<_>>()
            .join("\n")
    };
    // The parser and the passes recurse on nesting; give them room.
    let module = molt_syntax::parse_module(&src).map_err(render)?;
    let tree = molt_resolve::resolve(&module).map_err(render)?;
    let program = molt_mir::lower::lower_module(&src, &module, &tree).map_err(render)?;
    molt_mir::verify::program(&program).map_err(|e| format!("internal error: invalid MIR: {e}"))?;
    Ok(program)
}

pub fn build_executable(program: &molt_mir::Program, out: &Path) -> Result<(), String> {
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.is_dir() {
            return Err(format!(
                "error: cannot write {}: directory {} does not exist",
                out.display(),
                dir.display()
            ));
        }
    }
    let obj = molt_codegen::compile(program)
        .map_err(|e| format!("error: code generation failed: {e}"))?;
    crate::link::link(&obj, out)
}
