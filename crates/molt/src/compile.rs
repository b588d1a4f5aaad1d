//! The compiler pipeline, from a source path to MIR and on to an executable.

use molt_resolve::graph::{self, FileDiagnostics, GraphOptions};
use std::path::Path;

/// Reads a source file: `Ok(None)` when there is no such file.
fn load(path: &Path) -> Result<Option<String>, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("error: cannot read {}: {e}", path.display())),
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        let before = &bytes[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let col = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        format!(
            "{}:{line}:{col}: error: source is not valid UTF-8 (byte 0x{:02x}); Python source files must be UTF-8",
            path.display(),
            bytes.get(at).copied().unwrap_or(0)
        )
    })?;
    if let Err((line, msg)) = crate::coding::check(&text) {
        return Err(format!("{}:{line}:1: error: {msg}", path.display()));
    }
    Ok(Some(text))
}

fn render(errors: &[FileDiagnostics]) -> String {
    let mut out = Vec::new();
    for e in errors {
        for d in &e.diagnostics {
            out.push(d.render(&e.file));
        }
    }
    out.join("\n")
}

/// Loads the program's modules, resolves and lowers them, and verifies the
/// MIR. Errors are rendered diagnostics, ready for stderr.
pub fn front_end(file: &Path) -> Result<molt_mir::Program, String> {
    if !file.is_file() {
        return Err(match std::fs::metadata(file) {
            Ok(_) => format!("error: cannot read {}: Is a directory", file.display()),
            Err(e) => format!("error: cannot read {}: {e}", file.display()),
        });
    }
    // I/O errors of the loader come back as plain messages.
    let io_error = std::cell::RefCell::new(None::<String>);
    let loader = |p: &Path| {
        load(p).inspect_err(|e| {
            io_error.borrow_mut().get_or_insert_with(|| e.clone());
        })
    };
    let opts = GraphOptions {
        entry: file,
        runtime_modules: molt_abi::RUNTIME_MODULES,
        load: &loader,
        parse: &molt_syntax::parse_module,
    };
    let g = match graph::load(&opts) {
        Ok(g) => g,
        Err(errors) => {
            if let Some(e) = io_error.borrow_mut().take() {
                return Err(e);
            }
            return Err(render(&errors));
        }
    };
    let mut trees = Vec::new();
    let mut errors = Vec::new();
    for m in &g.modules {
        match molt_resolve::resolve(&m.ast) {
            Ok(t) => trees.push(t),
            Err(d) => errors.push(FileDiagnostics {
                file: molt_syntax::SourceFile::new(m.file.path.clone(), m.file.text.clone()),
                diagnostics: d,
            }),
        }
    }
    if !errors.is_empty() {
        return Err(render(&errors));
    }
    let inputs: Vec<molt_mir::lower::ModuleInput> = g
        .modules
        .iter()
        .zip(&trees)
        .map(|(m, tree)| molt_mir::lower::ModuleInput {
            name: &m.name,
            package: m.package(),
            file: &m.file,
            ast: &m.ast,
            tree,
        })
        .collect();
    let program = molt_mir::lower::lower_program(&inputs).map_err(|errors| {
        errors
            .iter()
            .map(|(mi, d)| d.render(&g.modules[*mi].file))
            .collect::<Vec<_>>()
            .join("\n")
    })?;
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
