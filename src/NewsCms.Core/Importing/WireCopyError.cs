namespace NewsCms.Core.Importing;

/// <summary>Why a file is not valid wire copy; <see cref="Line"/> is 1-based, counted in the original file.</summary>
public sealed record WireCopyError(int Line, string Reason);
