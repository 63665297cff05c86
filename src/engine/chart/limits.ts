// Size caps of chart files, shared by the folder loader (./load.ts) and the .tgz reader (./tar.ts),
// which loads on demand.

/** helm's MaxDecompressedChartSize and MaxDecompressedFileSize. */
export const MAX_CHART_SIZE = 100 * 1024 * 1024;
export const MAX_FILE_SIZE = 5 * 1024 * 1024;
export const MAX_COMPRESSED_SIZE = 50 * 1024 * 1024;
export const MAX_ENTRIES = 20_000;
export const MAX_PATH_LENGTH = 4096;
