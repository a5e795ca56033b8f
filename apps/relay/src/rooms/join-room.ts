import type { FastifyBaseLogger } from 'fastify';
import { CloseCode } from '../sync/close-codes';
import { FrameQueue } from './frame-queue';
import type { RoomMember } from './member';
import { DeferredInlet } from './deferred-inlet';
import type { JoinRequest } from './room';
import { BoardErasedError, type RoomRegistry } from './room-registry';

/** Where a member's frames go: call `deliver` for each, in order; `leave` once the member is gone. */
export interface MemberInlet {
  deliver(frame: Uint8Array): void;
  leave(): void;
}

/**
 * Puts a member into its board's room on this instance, loading the room if needed. Frames that arrive while it loads
 * are kept (bounded) and handled in order once it is ready; a board erased meanwhile refuses the member for good, one
 * that cannot load closes it so it retries. Used for clients on this instance and for those another instance forwards.
 */
export function joinRoom(
  registry: RoomRegistry,
  boardId: string,
  member: RoomMember,
  request: JoinRequest,
  log: FastifyBaseLogger,
  limits: { maxConnectionsPerBoard: number },
): MemberInlet {
  const inlet = new DeferredInlet(() => member.close(CloseCode.tryAgainLater, 'too-many-connections'));
  registry.open(boardId).then(
    (opened) => {
      if (inlet.hasLeft || !member.isOpen) {
        registry.releaseIfEmpty(opened);
        return;
      }
      if (opened.connectionCount >= limits.maxConnectionsPerBoard) {
        member.close(CloseCode.tryAgainLater, 'too-many-connections');
        registry.releaseIfEmpty(opened);
        return;
      }
      if (!opened.join(member, request)) {
        registry.releaseIfEmpty(opened);
        return;
      }
      const queue = new FrameQueue(
        (frame) => opened.receive(member, frame),
        () => member.isOpen,
      );
      inlet.resolve({ deliver: (frame) => queue.push(frame), leave: () => opened.leave(member) });
    },
    (error: unknown) => {
      // Admitted a moment before its board was erased: refused like any later connection, for good.
      if (error instanceof BoardErasedError) {
        member.close(CloseCode.invalidBoardId, 'board-erased');
        return;
      }
      log.error({ board: boardId, err: error }, 'could not load board');
      member.close(CloseCode.internalError, 'load-failed');
    },
  );
  return inlet;
}
