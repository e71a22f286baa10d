namespace NewsCms.Core.Articles;

/// <summary>An action the workflow does not allow: the wrong role, or the wrong state for it.</summary>
public sealed class WorkflowException(string message) : InvalidOperationException(message);
